// Real files, small: a 1×1 PNG, a minimal PDF, and a Windows executable pretending to be a PDF.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
export const PDF = Buffer.from(
  // One blank A4 page: small, and readable by PDF tools (pdftotext reads it as no text).
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
export const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x40, 0, 0, 0]),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);

export const application = (over: Record<string, unknown> = {}) => ({
  kind: 'natural',
  name: '周网申',
  idType: '居民身份证',
  idNumber: '110101198502023450',
  phone: '13700000000',
  email: 'zhou@example.cn',
  address: '示例市北路3号',
  postcode: '100030',
  description: '请公开示例区2025年建设用地供应计划',
  formWanted: 'electronic',
  deliveryWanted: 'online',
  consent: true,
  ...over,
});
