import { XLSX_MIME } from '../api/fetchers';
import { SALES_WORKBOOK_COLUMNS } from '../api/schemas';
import { zipStore } from './zip-store';

/**
 * The empty sales workbook (header row only), built in the browser: a few hundred bytes of
 * Office Open XML in a stored ZIP. Column A is formatted as text so typed dates stay YYYY-MM-DD.
 */
const NS = 'http://schemas.openxmlformats.org';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const REL = `${NS}/officeDocument/2006/relationships`;

const WIDTHS = [12, 18, 10, 12];

function sheetXml(): string {
  const col = (i: number) => String.fromCharCode(65 + i);
  const header = SALES_WORKBOOK_COLUMNS.map((name, i) => `<c r="${col(i)}1" t="inlineStr" s="1"><is><t>${name}</t></is></c>`).join('');
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${i === 0 ? ' style="2"' : ''}/>`).join('');
  return `${HEAD}<worksheet xmlns="${NS}/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData><row r="1">${header}</row></sheetData></worksheet>`;
}

const STYLES = `${HEAD}<styleSheet xmlns="${NS}/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

export function salesTemplateBytes(): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder();
  const files: [string, string][] = [
    ['[Content_Types].xml', `${HEAD}<Types xmlns="${NS}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/></Types>`],
    ['_rels/.rels', `${HEAD}<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${HEAD}<workbook xmlns="${NS}/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets><sheet name="Sales" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${HEAD}<Relationships xmlns="${NS}/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheetXml()],
    ['xl/styles.xml', STYLES],
  ];
  return zipStore(files.map(([name, xml]) => ({ name, data: text.encode(xml) })));
}

export const salesTemplateBlob = () => new Blob([salesTemplateBytes()], { type: XLSX_MIME });
export const SALES_TEMPLATE_FILE_NAME = 'sales-template.xlsx';
