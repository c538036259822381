// Kept under this name for the code that imports it here; the upload itself is shared.
export { sha256Of } from '../content/upload-file';
