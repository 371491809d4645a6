/**
 * French and English wording for the import codes, written to tell the
 * organiser what to fix. Placeholders are {name}, like common/i18n; this file
 * imports nothing from Node so it can move into the translation catalogue as is.
 * `formatImportIssue` adds the location ("Ligne 4, colonne « Équipe » : ").
 */
import type { Locale } from '../../../common/domain';
import type { ImportErrorCode, ImportField, ImportIssue } from './issues';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';

const NB = '\u00a0'; // French puts a no-break space before : ; ? ! and inside « »

export const IMPORT_MESSAGES: Record<Locale, Record<ImportErrorCode, string>> = {
  fr: {
    'import.fileTooLarge': `Le fichier pèse {actual}, au-delà de la limite de {limit}. Gardez seulement les lignes et les colonnes utiles, ou découpez-le en plusieurs fichiers.`,
    'import.tooManyRows': `Le fichier contient {actual} lignes de données, au-delà de la limite de {limit}. Vérifiez qu’il s’agit du bon fichier, ou découpez-le.`,
    'import.emptyFile': `Le fichier est vide. Choisissez le fichier qui contient la liste.`,
    'import.noDataRows': `Le fichier ne contient qu’une ligne d’en-tête (ligne {row}), sans données en dessous. Ajoutez les lignes à importer.`,
    'import.binaryFile': `Ce fichier n’est pas un tableau lisible. Depuis Excel ou LibreOffice, enregistrez-le au format CSV ou Classeur Excel (.xlsx).`,
    'import.encodingUtf16': `Ce fichier est encodé en UTF-16 («${NB}Texte Unicode${NB}» d’Excel). Réenregistrez-le au format «${NB}CSV UTF-8${NB}» ou «${NB}Classeur Excel (.xlsx)${NB}».`,
    'import.encodingInvalid': `L’encodage de ce fichier n’est ni UTF-8 ni Windows-1252${NB}: les accents seraient abîmés. Réenregistrez-le au format «${NB}CSV UTF-8${NB}».`,
    'import.legacyXls': `Les classeurs Excel 97-2003 (.xls) ne sont pas pris en charge. Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx ou CSV.`,
    'import.unsupportedFormat': `Ce fichier n’est pas un classeur Excel (.xlsx). Les formats acceptés sont CSV et .xlsx${NB}; enregistrez-en une copie dans l’un d’eux.`,
    'import.xlsxUnreadable': `Le classeur est endommagé ou illisible. Ouvrez-le dans Excel ou LibreOffice, puis enregistrez-le de nouveau.`,
    'import.xlsxTooLarge': `Une fois décompressé, le classeur dépasse la limite de {limit} ({actual}). Gardez seulement la feuille utile, ou exportez-la en CSV.`,
    'import.sheetNotFound': `La feuille «${NB}{value}${NB}» n’existe pas dans ce classeur. Choisissez l’une des feuilles proposées.`,
    'import.unterminatedQuote': `un guillemet ouvert à la ligne {line} du fichier n’est jamais refermé, si bien que tout le reste serait lu comme une seule cellule. Ajoutez le guillemet manquant ou retirez celui en trop.`,
    'import.missingColumn': `aucune colonne n’est associée au champ obligatoire «${NB}{field}${NB}». Associez-lui une colonne dans l’aperçu, ou ajoutez-la au fichier.`,
    'import.mappingConflict': `le champ «${NB}{field}${NB}» ne peut pas être associé en même temps qu’un autre${NB}: une colonne n’alimente qu’un champ, et les membres sont soit un par ligne, soit tous dans une cellule. Retirez l’une des deux associations.`,
    'import.mappingInvalid': `le champ «${NB}{field}${NB}» est associé à une colonne qui n’existe pas. Choisissez une colonne du fichier.`,
    'import.raggedRow': `cette ligne a {actual} cellules remplies alors que l’en-tête n’a que {limit} colonnes${NB}: une valeur contient sans doute le séparateur sans être entre guillemets. Mettez-la entre guillemets ou corrigez le décalage.`,
    'import.missingTeamName': `le nom de l’équipe est vide. Renseignez-le, ou supprimez la ligne.`,
    'import.duplicateTeam': `l’équipe «${NB}{value}${NB}» figure déjà à la ligne {otherRow}. Une équipe ne doit apparaître qu’une fois${NB}: renommez ou supprimez le doublon.`,
    'import.conflictingProjectTitle': `le projet «${NB}{value}${NB}» ne correspond pas à «${NB}{otherValue}${NB}», indiqué pour la même équipe à la ligne {otherRow}. Gardez un seul titre de projet par équipe.`,
    'import.emptyMemberName': `un membre n’a pas de nom, seulement une adresse électronique. Indiquez son nom.`,
    'import.duplicateMember': `«${NB}{value}${NB}» figure déjà dans cette équipe (ligne {otherRow}). Supprimez le doublon.`,
    'import.badEmail': `«${NB}{value}${NB}» n’est pas une adresse électronique valide (attendu${NB}: nom@domaine.fr). Corrigez-la ou laissez la cellule vide.`,
    'import.missingJurorName': `le nom du membre du jury est vide. Renseignez-le, ou supprimez la ligne.`,
    'import.duplicateJuror': `«${NB}{value}${NB}» figure déjà dans le jury (ligne {otherRow}). Supprimez le doublon.`,
    'import.fieldTooLong': `ce texte compte {actual} caractères, pour un maximum de {limit}. Raccourcissez-le.`,
    'import.invalidCharacter': `ce texte contient un retour à la ligne ou un caractère de contrôle invisible. Écrivez-le sur une seule ligne.`,
  },
  en: {
    'import.fileTooLarge':
      'The file is {actual}, over the {limit} limit. Keep only the rows and columns you need, or split it into several files.',
    'import.tooManyRows':
      'The file has {actual} data rows, over the limit of {limit}. Check that it is the right file, or split it.',
    'import.emptyFile': 'The file is empty. Choose the file that contains the list.',
    'import.noDataRows':
      'The file only has a header row (row {row}) and no data below it. Add the rows to import.',
    'import.binaryFile':
      'This file is not a readable table. From Excel or LibreOffice, save it as CSV or Excel Workbook (.xlsx).',
    'import.encodingUtf16':
      'This file is UTF-16 encoded (Excel’s “Unicode Text”). Save it again as “CSV UTF-8” or “Excel Workbook (.xlsx)”.',
    'import.encodingInvalid':
      'This file is neither UTF-8 nor Windows-1252: accents would be garbled. Save it again as “CSV UTF-8”.',
    'import.legacyXls':
      'Excel 97-2003 workbooks (.xls) are not supported. Open it in Excel or LibreOffice and save it as .xlsx or CSV.',
    'import.unsupportedFormat':
      'This file is not an Excel workbook (.xlsx). Accepted formats are CSV and .xlsx; save a copy in one of them.',
    'import.xlsxUnreadable':
      'The workbook is damaged or unreadable. Open it in Excel or LibreOffice and save it again.',
    'import.xlsxTooLarge':
      'Uncompressed, the workbook exceeds the {limit} limit ({actual}). Keep only the sheet you need, or export it as CSV.',
    'import.sheetNotFound': 'There is no sheet “{value}” in this workbook. Choose one of the sheets listed.',
    'import.unterminatedQuote':
      'a quote opened on line {line} of the file is never closed, so the rest of the file would be read as one cell. Add the missing quote or remove the extra one.',
    'import.missingColumn':
      'no column is mapped to the required field “{field}”. Map a column to it in the preview, or add it to the file.',
    'import.mappingConflict':
      'the field “{field}” cannot be mapped together with another one: a column feeds one field only, and members are either one per row or all in one cell. Remove one of the two mappings.',
    'import.mappingInvalid':
      'the field “{field}” is mapped to a column that does not exist. Choose a column of the file.',
    'import.raggedRow':
      'this row has {actual} filled cells but the header has only {limit} columns: a value probably contains the separator without quotes. Quote that value or fix the shift.',
    'import.missingTeamName': 'the team name is empty. Fill it in, or delete the row.',
    'import.duplicateTeam':
      'the team “{value}” already appears on row {otherRow}. Each team must appear once: rename or delete the duplicate.',
    'import.conflictingProjectTitle':
      'the project “{value}” differs from “{otherValue}”, given for the same team on row {otherRow}. Keep one project title per team.',
    'import.emptyMemberName': 'a member has no name, only an email address. Add the name.',
    'import.duplicateMember': '“{value}” is already in this team (row {otherRow}). Delete the duplicate.',
    'import.badEmail':
      '“{value}” is not a valid email address (expected: name@domain.com). Fix it or leave the cell empty.',
    'import.missingJurorName': 'the juror’s name is empty. Fill it in, or delete the row.',
    'import.duplicateJuror': '“{value}” is already on the jury (row {otherRow}). Delete the duplicate.',
    'import.fieldTooLong': 'this text is {actual} characters long, the maximum is {limit}. Shorten it.',
    'import.invalidCharacter':
      'this text contains a line break or an invisible control character. Write it on one line.',
  },
};

export const IMPORT_FIELD_LABELS: Record<Locale, Record<ImportField, string>> = {
  fr: {
    teamName: 'Nom de l’équipe',
    projectTitle: 'Titre du projet',
    memberName: 'Membre (nom complet)',
    memberFirstName: 'Prénom du membre',
    memberLastName: 'Nom du membre',
    memberEmail: 'Courriel du membre',
    members: 'Membres (dans une cellule)',
    jurorName: 'Membre du jury (nom complet)',
    jurorFirstName: 'Prénom',
    jurorLastName: 'Nom',
    jurorTitle: 'Titre ou fonction',
    jurorOrganisation: 'Organisation',
  },
  en: {
    teamName: 'Team name',
    projectTitle: 'Project title',
    memberName: 'Member (full name)',
    memberFirstName: 'Member first name',
    memberLastName: 'Member last name',
    memberEmail: 'Member email',
    members: 'Members (in one cell)',
    jurorName: 'Juror (full name)',
    jurorFirstName: 'First name',
    jurorLastName: 'Last name',
    jurorTitle: 'Title or role',
    jurorOrganisation: 'Organisation',
  },
};

const BYTE_CODES: ReadonlySet<ImportErrorCode> = new Set(['import.fileTooLarge', 'import.xlsxTooLarge']);

function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** 10485760 → "10 Mo" / "10 MB" (binary megabytes, as file managers show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  return `${formatNumber(bytes / (1024 * 1024), locale)}${NB}${locale === 'fr' ? 'Mo' : 'MB'}`;
}

/** The full sentence for one issue, location first. */
export function formatImportIssue(issue: ImportIssue, locale: Locale): string {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (key === 'code' || value === undefined) continue;
    if (key === 'field') values[key] = IMPORT_FIELD_LABELS[locale][value as ImportField] ?? String(value);
    else if (typeof value === 'number') {
      values[key] =
        BYTE_CODES.has(issue.code) && (key === 'limit' || key === 'actual')
          ? formatBytes(value, locale)
          : formatNumber(value, locale);
    } else values[key] = String(value);
  }
  const body = IMPORT_MESSAGES[locale][issue.code].replace(
    /\{(\w+)\}/g,
    (whole, name: string) => values[name] ?? whole,
  );
  const location = locationPrefix(issue, values, locale);
  return location === '' ? body.charAt(0).toUpperCase() + body.slice(1) : `${location}${body}`;
}

function locationPrefix(issue: ImportIssue, values: Record<string, string>, locale: Locale): string {
  if (issue.row === undefined || issue.code === 'import.noDataRows') return '';
  const row = values.row ?? '';
  if (locale === 'fr') {
    return issue.column ? `Ligne ${row}, colonne «${NB}${issue.column}${NB}»${NB}: ` : `Ligne ${row}${NB}: `;
  }
  return issue.column ? `Row ${row}, column “${issue.column}”: ` : `Row ${row}: `;
}

/** What the import screen and the README say is accepted. */
export function importHelp(locale: Locale): string[] {
  const size = formatBytes(MAX_IMPORT_BYTES, locale);
  const rows = formatNumber(MAX_IMPORT_ROWS, locale);
  return locale === 'fr'
    ? [
        `Fichiers acceptés${NB}: CSV et classeur Excel (.xlsx, première feuille ou feuille choisie). Les anciens .xls et les .ods sont à réenregistrer en .xlsx.`,
        `CSV${NB}: encodage UTF-8 (avec ou sans BOM) ou Windows-1252 (le «${NB}CSV (séparateur${NB}: point-virgule)${NB}» d’Excel)${NB}; séparateur point-virgule, virgule ou tabulation, détecté automatiquement${NB}; une cellule entre guillemets peut contenir des retours à la ligne.`,
        `La première ligne non vide est l’en-tête. Colonnes reconnues, en français ou en anglais${NB}: Équipe, Projet, Membre, Membres, Prénom, Nom, Courriel${NB}; pour le jury${NB}: Juré, Nom, Prénom, Titre, Organisation. L’association se corrige dans l’aperçu, avant tout import.`,
        `Équipes, deux dispositions${NB}: une ligne par membre, le nom de l’équipe répété sur chaque ligne${NB}; ou une ligne par équipe, tous les membres dans une cellule, séparés par des retours à la ligne, sinon des points-virgules, sinon des virgules. «${NB}Nom <adresse@exemple.fr>${NB}» donne l’adresse d’un membre.`,
        `Limites${NB}: ${size} et ${rows} lignes de données par fichier. L’import se fait en entier ou pas du tout${NB}: à la moindre erreur, rien n’est enregistré.`,
      ]
    : [
        'Accepted files: CSV and Excel workbooks (.xlsx, first sheet or a chosen sheet). Save old .xls and .ods files as .xlsx first.',
        'CSV: UTF-8 (with or without BOM) or Windows-1252 encoding (Excel’s “CSV (semicolon delimited)”); semicolon, comma or tab separator, detected automatically; a quoted cell may contain line breaks.',
        'The first non-empty row is the header. Recognised column names, in English or French: Team, Project, Member, Members, First name, Name, Email; for the jury: Juror, Name, First name, Title, Organisation. You can correct the mapping in the preview before anything is imported.',
        'Teams, two layouts: one row per member, with the team name repeated on each row; or one row per team with all members in one cell, separated by line breaks, else semicolons, else commas. “Name <address@example.com>” gives a member’s email.',
        `Limits: ${size} and ${rows} data rows per file. An import is all or nothing: if any row has an error, nothing is saved.`,
      ];
}
