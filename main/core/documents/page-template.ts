/**
 * A page template as a PDF form XObject: content drawn once (the frame, the
 * logo, the signatures of a certificate) and placed on every page with one
 * `Do` operator. A 300-certificate batch then writes, compresses and stores
 * the shared part once instead of 300 times.
 *
 * pdfkit has no public API for form XObjects, so recording swaps the current
 * page's content stream for the form's while `draw` runs. The form shares
 * the resources (fonts, images) of the page it was recorded on.
 */

export interface PageTemplate {
  name: string;
  form: PDFKit.PDFKitReference;
}

interface PageWithResources {
  content: PDFKit.PDFKitReference;
  resources: PDFKit.PDFKitReference;
  xobjects: Record<string, PDFKit.PDFKitReference>;
}

/** Runs `draw` into a new form XObject instead of the current page. Call right after `addPage()`. */
export function recordTemplate(doc: PDFKit.PDFDocument, draw: () => void): PageTemplate {
  const page = doc.page as unknown as PageWithResources;
  const form = doc.ref({
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [0, 0, doc.page.width, doc.page.height],
    Resources: page.resources,
  });
  const pageContent = page.content;
  page.content = form;
  try {
    doc.save();
    draw();
    doc.restore();
  } finally {
    page.content = pageContent;
  }
  form.end(undefined);
  return { name: `Tpl${form.id}`, form };
}

/** Draws the template on the current page. */
export function placeTemplate(doc: PDFKit.PDFDocument, template: PageTemplate): void {
  (doc.page as unknown as PageWithResources).xobjects[template.name] = template.form;
  doc.addContent(`/${template.name} Do`);
}
