/** The REST upload endpoint (POST /api/uploads) for certificate proofs. */

export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/** A refused or failed upload, with the server's message when it sent one. */
export class UploadFailed extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UploadFailed';
  }
}

export const PROOF_MAX_BYTES = 5 * 1024 * 1024;
/** Media types the server accepts for a proof, with the extensions the name may end in (it checks they match). */
const PROOF_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};
export const PROOF_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

/** Why the browser should not send this file (the server checks again, by content), or null. */
export function proofFileProblem(file: File): string | null {
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  const allowed = Object.values(PROOF_TYPES).flat();
  if (!allowed.includes(extension)) return 'The proof must be a PDF, PNG or JPEG file (.pdf, .png, .jpg).';
  if (file.type && PROOF_TYPES[file.type] && !PROOF_TYPES[file.type].includes(extension)) {
    return `The file name ends in .${extension} but the file is ${file.type}.`;
  }
  if (file.size === 0) return 'The file is empty.';
  if (file.size > PROOF_MAX_BYTES) return `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`;
  return null;
}

/** Sends a certificate proof; resolves with the stored upload, whose id the certificate then references. */
export async function uploadCertificateProof(file: File, signal?: AbortSignal): Promise<UploadedFile> {
  const body = new FormData();
  // The server reads the purpose first: it decides the limits applied to the file.
  body.append('purpose', 'CERTIFICATE_PROOF');
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/api/uploads', { method: 'POST', body, credentials: 'same-origin', signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new UploadFailed('The server could not be reached. Please try again.', 'NETWORK');
  }
  const json = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | UploadedFile | null;
  if (response.status === 201 && json && 'id' in json) return json;
  if (response.status === 401) throw new UploadFailed('Your session has ended. Please sign in again.', 'UNAUTHENTICATED', 401);
  const refusal = json && 'error' in json ? json.error : undefined;
  throw new UploadFailed(refusal?.message ?? `The upload failed (HTTP ${response.status}).`, refusal?.code ?? 'UPLOAD_FAILED', response.status);
}
