/**
 * Spreadsheet formula injection (CSV injection, OWASP): a team called
 * `=HYPERLINK("http://evil","Click")` or `-2+3+cmd|' /C calc'!A0` would run
 * as a formula when the organiser opens the export in Excel or LibreOffice.
 *
 * Rule: a text cell whose first character is = + - @ tab or carriage return
 * gets a single quote in front (`'=SUM(A1)`), which spreadsheets show as text.
 * The change is visible and reversible (drop the leading quote), and applying
 * it twice changes nothing. Exception: a cell that is entirely a plain decimal
 * number (-3, +4.5, -0,25, -1e3) is left alone: spreadsheets read it as a
 * number, no formula can hide in it, and negative scores stay numbers.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

export function needsFormulaEscape(value: string): boolean {
  const first = value[0];
  return first !== undefined && TRIGGERS.has(first) && !PLAIN_NUMBER.test(value);
}

export function escapeFormula(value: string): string {
  return needsFormulaEscape(value) ? `'${value}` : value;
}
