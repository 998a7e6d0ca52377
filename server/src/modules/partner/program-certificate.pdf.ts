import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { countryName } from '@pc/shared';
import type { Partner } from './partner.entity.js';
import type { PartnerProgram } from './partner-program.entity.js';
import { PHASE_NAMES, PROGRAM_NAMES, TIER_NAMES } from './partner.enums.js';

const require = createRequire(import.meta.url);

// Noto Sans SC covers Latin and Chinese, so Chinese company names print; read once, subset into each PDF by pdfkit.
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}

export function certificateFileName(enrolment: PartnerProgram): string {
  return `${enrolment.certificateNumber}.pdf`;
}

/** R-PA-5: the program certificate shows the partner, the program, its tier or phase, and the validity period. */
export function renderProgramCertificate(partner: Partner, enrolment: PartnerProgram): Promise<Buffer> {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: { Title: `${PROGRAM_NAMES[enrolment.program]} certificate — ${partner.name}`, Author: 'Partner Center', Subject: enrolment.certificateNumber },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { width, height } = doc.page;
  doc.lineWidth(3).strokeColor('#c7000b').rect(28, 28, width - 56, height - 56).stroke();
  doc.lineWidth(1).strokeColor('#d9d9d9').rect(38, 38, width - 76, height - 76).stroke();

  const center = { align: 'center' as const, width: width - 112 };
  doc.font('bold').fontSize(30).fillColor('#1f1f1f').text('Partner Program Certificate', 56, 90, center);
  doc.moveDown(0.6).font('regular').fontSize(13).fillColor('#595959').text('This certifies that', center);
  doc.moveDown(0.5).font('bold').fontSize(26).fillColor('#1f1f1f').text(partner.name, center);
  doc.moveDown(0.2).font('regular').fontSize(12).fillColor('#595959').text(countryName(partner.country), center);
  doc.moveDown(0.8).font('regular').fontSize(13).text('is a member of the', center);
  doc.moveDown(0.4).font('bold').fontSize(22).fillColor('#c7000b').text(`${PROGRAM_NAMES[enrolment.program]} Program`, center);
  const level = enrolment.tier
    ? `Tier: ${TIER_NAMES[enrolment.tier]}`
    : enrolment.phase
      ? `Phase: ${PHASE_NAMES[enrolment.phase]}`
      : null;
  if (level) doc.moveDown(0.3).font('bold').fontSize(16).fillColor('#1f1f1f').text(level, center);

  doc.font('regular').fontSize(12).fillColor('#1f1f1f');
  const footY = height - 150;
  doc.text(`Valid from ${enrolment.validFrom} to ${enrolment.validUntil}`, 56, footY, center);
  doc.moveDown(0.3).fillColor('#595959').text('Renewed automatically on 31 January each year.', center);
  doc.moveDown(0.3).text(`Certificate No. ${enrolment.certificateNumber}`, center);
  doc.end();
  return done;
}
