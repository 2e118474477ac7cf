import type { DocumentProperties } from '@elan/core/documents/charter/documentModel';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * `docProps/core.xml`, written by us: the docx library has no option for the document language
 * (`dc:language`), and we want the generation time, not the packing time, as created/modified.
 */
export function corePropertiesXml(p: DocumentProperties): string {
  const el = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"',
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    el('dc:title', p.title),
    el('dc:subject', p.subject),
    el('dc:creator', p.creator),
    el('cp:keywords', p.keywords),
    el('dc:description', p.description),
    el('dc:language', p.language),
    el('cp:lastModifiedBy', p.creator),
    el('cp:revision', '1'),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${escapeXml(p.created)}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${escapeXml(p.created)}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}
