import path from 'node:path';
import { UploadPurpose } from './upload.entity.js';

/** A media type as sniffed from the content (file-type), with the file-name extensions that may carry it. */
type MediaType = { label: string; extensions: readonly string[] };

/** Every media type any purpose accepts. The label is what error messages call it. */
export const MEDIA_TYPES = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/gif': { label: 'GIF', extensions: ['gif'] },
  'image/bmp': { label: 'BMP', extensions: ['bmp'] },
  // Word, Excel and PowerPoint 97–2003 share one container format; file-type cannot tell them apart.
  'application/x-cfb': { label: 'an Office 97–2003 document', extensions: ['doc', 'xls', 'ppt'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { label: 'DOCX', extensions: ['docx'] },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { label: 'XLSX', extensions: ['xlsx'] },
  'application/zip': { label: 'ZIP', extensions: ['zip'] },
  'application/x-rar-compressed': { label: 'RAR', extensions: ['rar'] },
} as const satisfies Record<string, MediaType>;

export type AllowedMediaType = keyof typeof MEDIA_TYPES;

/** Returns why a file name is refused, or null when it is fine. Runs after the path has been stripped. */
export type FileNameRule = (name: string) => string | null;

export type UploadRule = {
  /** Sniffed media types the purpose accepts. */
  mediaTypes: readonly AllowedMediaType[];
  maxBytes: number;
  fileNameProblem: FileNameRule;
};

const MB = 1024 * 1024;
const MAX_NAME_LENGTH = 200; // the column's length
// Forbidden on Windows and in Content-Disposition quoting; control characters can forge log lines and headers.
// eslint-disable-next-line no-control-regex
const CONTROL_OR_RESERVED = /[\u0000-\u001f\u007f/\\:*?"<>|]/;
// The later purposes' stricter rule (test-coupon proof materials and alike): ! ; ? " @ # $ % ^ & * - > |
const STRICT_FORBIDDEN = /[!;?"@#$%^&*\->|]/;

/** The file name without any directory part a browser or client may have sent (C:\fakepath\x.pdf, ../x.pdf). */
export function baseFileName(name: string): string {
  return path.posix.basename(name.replaceAll('\\', '/')).trim();
}

/** The rule of every purpose: 1–200 characters, no control or reserved characters, a name before the extension. */
export function generalFileNameProblem(name: string): string | null {
  if (name.length === 0) return 'The file has no name.';
  if (name.length > MAX_NAME_LENGTH) return `The file name is longer than ${MAX_NAME_LENGTH} characters.`;
  if (CONTROL_OR_RESERVED.test(name)) return 'The file name may not contain control characters or any of / \\ : * ? " < > |.';
  const extension = extensionOf(name);
  if (!extension) return 'The file name must end in an extension such as .pdf.';
  if (name.length === extension.length + 1) return 'The file name needs a name before its extension.';
  return null;
}

/** The rule of later purposes (e.g. test-coupon proof materials): the general rule, and none of ! ; ? " @ # $ % ^ & * - > |. */
export function strictFileNameProblem(name: string): string | null {
  const general = generalFileNameProblem(name);
  if (general) return general;
  if (STRICT_FORBIDDEN.test(name)) return 'The file name may not contain any of ! ; ? " @ # $ % ^ & * - > |.';
  return null;
}

/** The lower-cased extension without its dot, or '' when there is none. */
export function extensionOf(name: string): string {
  return path.extname(name).slice(1).toLowerCase();
}

/** Why the name does not fit the sniffed type (a PNG named proof.pdf), or null when it does. */
export function extensionProblem(name: string, mediaType: AllowedMediaType): string | null {
  const type: MediaType = MEDIA_TYPES[mediaType];
  const extension = extensionOf(name);
  if (type.extensions.includes(extension)) return null;
  return `The file content is ${type.label} but the name ends in .${extension}.`;
}

/** "PDF, PNG or JPEG", for messages. */
export function describeMediaTypes(types: readonly AllowedMediaType[]): string {
  const labels = types.map((type) => MEDIA_TYPES[type].label);
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? '');
}

/**
 * What later purposes (test-coupon proof materials, MDF materials) accept: jpg/bmp/png/jpeg/gif/pdf/doc/docx/ppt/
 * xls/xlsx/zip/rar up to 21 MB with the strict file-name rule. Add an UploadPurpose value (a migration of the enum)
 * and map it to this rule below.
 */
export const PROOF_MATERIAL_RULE: UploadRule = {
  mediaTypes: [
    'image/jpeg',
    'image/bmp',
    'image/png',
    'image/gif',
    'application/pdf',
    'application/x-cfb',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/zip',
    'application/x-rar-compressed',
  ],
  maxBytes: 21 * MB,
  fileNameProblem: strictFileNameProblem,
};

export const UPLOAD_RULES: Record<UploadPurpose, UploadRule> = {
  // An individual's certificate proof: a scan or a PDF.
  [UploadPurpose.CERTIFICATE_PROOF]: {
    mediaTypes: ['application/pdf', 'image/png', 'image/jpeg'],
    maxBytes: 5 * MB,
    fileNameProblem: generalFileNameProblem,
  },
};

/** The largest file any purpose accepts: the multipart parser's hard cap. */
export const MAX_UPLOAD_BYTES = Math.max(...Object.values(UPLOAD_RULES).map((rule) => rule.maxBytes));

export function isUploadPurpose(value: string): value is UploadPurpose {
  return Object.hasOwn(UPLOAD_RULES, value);
}
