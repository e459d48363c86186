// A Vite plugin that writes which files went into each output of the renderer build, and what each imports, in the
// shape of an esbuild metafile (`outputs[file].inputs[file]`, `inputs[file].imports[]`, paths relative to the
// project), so `npm run licenses` reads both bundlers the same way. Vite has no metafile of its own; its bundler hands
// every plugin the finished bundle instead.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Inputs the bundler made up itself (its runtime helpers, `\0`-prefixed ids) are named with this prefix. */
export const GENERATED_PREFIX = '<generated>:';

/** Vite's bundler, whose runtime helpers end up in the bundle: the generated inputs are its code. */
function bundlerDir() {
  const vite = createRequire(import.meta.url).resolve('vite');
  return path.dirname(createRequire(vite).resolve('rolldown/package.json'));
}

/**
 * @param {string} projectRoot absolute
 * @param {string} viteRoot absolute; assets' original files may be named relative to it
 * @param {string} id a module id or an asset's original file, perhaps with a `?query`
 */
function inputName(projectRoot, viteRoot, id) {
  if (id.startsWith('\0')) return `${GENERATED_PREFIX}${id.slice(1)}`;
  return path.relative(projectRoot, path.resolve(viteRoot, id.replace(/[?#].*$/, ''))).replaceAll('\\', '/');
}

/**
 * @param {{ projectRoot: string, metafile: string }} options absolute paths; `metafile` must be outside the output
 *   folder, which is what ships
 * @returns {import('vite').Plugin}
 */
export function bundleInputs({ projectRoot, metafile }) {
  let viteRoot = '';
  let outDir = '';
  return {
    name: 'parloir-bundle-inputs',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      viteRoot = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      /** @type {Record<string, { inputs: Record<string, { bytesInOutput: number }> }>} */
      const outputs = {};
      /** @type {Record<string, { imports: { path: string, external: boolean }[] }>} */
      const modules = {};
      for (const file of Object.values(bundle)) {
        /** @type {Record<string, { bytesInOutput: number }>} */
        const inputs = {};
        if (file.type === 'chunk') {
          for (const [id, module] of Object.entries(file.modules)) {
            inputs[inputName(projectRoot, viteRoot, id)] = { bytesInOutput: module.renderedLength };
            const info = this.getModuleInfo(id);
            const imported = [...(info?.importedIds ?? []), ...(info?.dynamicallyImportedIds ?? [])];
            modules[inputName(projectRoot, viteRoot, id)] = {
              // The bundler names an external module by its specifier (`node:fs`), any other by its path.
              imports: imported.map((target) => {
                const external = !target.startsWith('\0') && !path.isAbsolute(target);
                return { path: external ? target : inputName(projectRoot, viteRoot, target), external };
              }),
            };
          }
        } else {
          const size = typeof file.source === 'string' ? Buffer.byteLength(file.source) : file.source.byteLength;
          for (const original of file.originalFileNames)
            inputs[inputName(projectRoot, viteRoot, original)] = { bytesInOutput: size };
        }
        outputs[path.relative(projectRoot, path.join(outDir, file.fileName)).replaceAll('\\', '/')] = { inputs };
      }
      fs.mkdirSync(path.dirname(metafile), { recursive: true });
      fs.writeFileSync(
        metafile,
        JSON.stringify({
          generatedBy: path.relative(projectRoot, bundlerDir()).replaceAll('\\', '/'),
          inputs: modules,
          outputs,
        }),
      );
    },
  };
}
