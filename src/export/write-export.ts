/**
 * Writes an export's files into a folder so that a reader never sees half an export: everything
 * goes into a hidden folder beside the target, the manifest last, and only then is it renamed into
 * place (a rename within one file system is atomic). If anything fails, the partial folder is
 * removed and the target is left as it was. An existing target is replaced only when it holds a
 * previous export (its manifest), so `--out` can never wipe an unrelated folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ExportError } from './export-error';
import { ExportFile } from './exported-graph';

export const MANIFEST_FILE = 'export-manifest.json';

function isEmptyOrMissing(dir: string): boolean {
  return !fs.existsSync(dir) || (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0);
}

function holdsPreviousExport(dir: string): boolean {
  return fs.existsSync(path.join(dir, MANIFEST_FILE));
}

/** Each file's path must stay inside the export folder. */
function targetOf(root: string, relative: string): string {
  const target = path.resolve(root, relative);
  if (!target.startsWith(`${root}${path.sep}`)) throw new ExportError(`Export file "${relative}" would be written outside the export folder.`);
  return target;
}

export function writeExport(outDir: string, files: ExportFile[], manifest: Record<string, unknown>): void {
  const target = path.resolve(outDir);
  const replacing = !isEmptyOrMissing(target);
  if (replacing && !holdsPreviousExport(target)) {
    throw new ExportError(`${outDir} exists and is not an earlier export (it has no ${MANIFEST_FILE}): choose a new or empty folder.`);
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = fs.mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.partial-`));
  try {
    for (const file of files) {
      const destination = targetOf(partial, file.path);
      fs.mkdirSync(path.dirname(destination), { recursive: true });
      fs.writeFileSync(destination, file.contents);
    }
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    if (fs.existsSync(target)) {
      // rename() does not replace a non-empty folder: move the old one aside, then delete it.
      const previous = `${partial}.previous`;
      fs.renameSync(target, previous);
      fs.renameSync(partial, target);
      fs.rmSync(previous, { recursive: true, force: true });
    } else {
      fs.renameSync(partial, target);
    }
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
