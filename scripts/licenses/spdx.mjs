// Licence expressions (SPDX: `MIT`, `(MIT OR Apache-2.0)`, `GPL-2.0-or-later WITH Classpath-exception-2.0`) checked
// against what may ship inside Parloir, which is AGPL-3.0-or-later.

/**
 * Licences whose code may be combined into an AGPL-3.0-or-later program (the FSF's list of GPLv3-compatible
 * licences, https://www.gnu.org/licenses/license-list.html, unless said otherwise).
 */
export const CODE_LICENSES = new Set([
  // Permissive, asking only that the notice travels: compatible with any GPL.
  'MIT',
  'MIT-0',
  'ISC',
  '0BSD',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'Zlib',
  // Public-domain dedications with a permissive fallback.
  'CC0-1.0',
  'Unlicense',
  // Compatible with GPLv3 (not v2): its patent terms are among those GPLv3 section 7 allows.
  'Apache-2.0',
  // The PSF licence of Python 2.0.1 and later (argparse and the like): GPL-compatible per the FSF.
  'Python-2.0',
  // Permissive (notice and patent grant), OSI-approved; grants everything GPLv3 needs and asks for no more.
  'BlueOak-1.0.0',
  // MPL 2.0 section 3.3 lets covered code be distributed under the GNU licences as "Secondary Licenses" (unless
  // marked "Incompatible With Secondary Licenses", which npm's field cannot say: such a package would need a look).
  'MPL-2.0',
  // The GNU family at version 3, and the v2 licences that may be taken at version 3: AGPLv3 section 13 and GPLv3
  // section 13 allow combining the two; LGPLv2.1 section 3 allows moving to the GPL v2 "or any later version".
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
]);

/**
 * Licences fit for data that Parloir ships beside its code or reads as content (fonts, word lists), not for code
 * linked into it.
 */
export const DATA_LICENSES = new Set([
  // Fonts: the OFL lets them be "bundled, embedded, redistributed and/or sold with any software" provided the font
  // keeps its licence (it travels as OFL.txt beside the fonts). The FSF lists it as free, not for code.
  'OFL-1.1',
  // Attribution licences for content: the credit and the licence text travel with the data (the EFF word list's
  // credit is shown under every passphrase drawn from it, its licence beside the renderer bundle).
  'CC-BY-3.0',
  'CC-BY-3.0-US',
  'CC-BY-4.0',
]);

/** Deprecated SPDX ids that npm packages still use, mapped to their present names. */
const DEPRECATED = new Map(
  ['GPL-1.0', 'GPL-2.0', 'GPL-3.0', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'AGPL-1.0', 'AGPL-3.0'].map((id) => [
    id.toLowerCase(),
    `${id}-only`,
  ]),
);

/** @typedef {{ id: string, plus: boolean, exception: string | null }} Leaf */
/** @typedef {Leaf | { op: 'AND' | 'OR', left: Node, right: Node }} Node */

/**
 * Parses an SPDX licence expression (operators in either case; WITH binds tighter than AND, AND than OR).
 * @param {string} text
 * @returns {Node}
 */
export function parseExpression(text) {
  const tokens = text.match(/\(|\)|[^\s()]+/g) ?? [];
  let at = 0;
  const peek = () => tokens[at]?.toUpperCase();
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw new Error('ends too early');
    return token;
  };
  /** @returns {Node} */
  const primary = () => {
    const token = next();
    if (token === '(') {
      const inner = orExpression();
      if (next() !== ')') throw new Error('a parenthesis is not closed');
      return inner;
    }
    if (token === ')' || ['AND', 'OR', 'WITH'].includes(token.toUpperCase())) throw new Error(`unexpected "${token}"`);
    if (!/^[A-Za-z0-9.:-]+\+?$/.test(token)) throw new Error(`"${token}" is not a licence id`);
    const plus = token.endsWith('+');
    /** @type {Leaf} */
    const leaf = { id: plus ? token.slice(0, -1) : token, plus, exception: null };
    if (peek() === 'WITH') {
      next();
      leaf.exception = next();
    }
    return leaf;
  };
  /** @param {'AND' | 'OR'} op @param {() => Node} operand @returns {Node} */
  const chain = (op, operand) => {
    let left = operand();
    while (peek() === op) {
      next();
      left = { op, left, right: operand() };
    }
    return left;
  };
  const andExpression = () => chain('AND', primary);
  const orExpression = () => chain('OR', andExpression);
  const tree = orExpression();
  if (at < tokens.length) throw new Error(`unexpected "${tokens[at]}"`);
  return tree;
}

/**
 * The canonical spelling of an id if it is in `allowed` (SPDX ids are case-insensitive), else null.
 * @param {string} id
 * @param {Set<string>} allowed
 */
function findAllowed(id, allowed) {
  const wanted = (DEPRECATED.get(id.toLowerCase()) ?? id).toLowerCase();
  for (const known of allowed) if (known.toLowerCase() === wanted) return known;
  return null;
}

/**
 * @param {Leaf} leaf
 * @param {Set<string>} allowed
 * @returns {string | null} why the licence is refused, or null
 */
function leafProblem(leaf, allowed) {
  if (leaf.id.toUpperCase() === 'UNLICENSED') return 'UNLICENSED (npm: no licence granted)';
  // "X+" is X or any later version: X alone suffices, and GNU "X-only+" is "X-or-later".
  const found =
    findAllowed(leaf.id, allowed) ??
    (leaf.plus ? findAllowed(`${leaf.id.replace(/-only$/i, '')}-or-later`, allowed) : null);
  // An exception (WITH) only ever adds permissions to the licence it qualifies.
  return found ? null : `${leaf.id}${leaf.plus ? '+' : ''} is not on the allow-list`;
}

/**
 * @param {Node} node
 * @param {Set<string>} allowed
 * @returns {string | null}
 */
function nodeProblem(node, allowed) {
  if (!('op' in node)) return leafProblem(node, allowed);
  const left = nodeProblem(node.left, allowed);
  const right = nodeProblem(node.right, allowed);
  if (node.op === 'OR') return left && right ? `${left}; ${right}` : null;
  return [left, right].filter(Boolean).join('; ') || null;
}

/**
 * Why a licence expression may not ship under `allowed` (an OR passes when one side does, an AND needs both), or
 * null when it may.
 * @param {string | null} expression
 * @param {Set<string>} allowed
 * @returns {string | null}
 */
export function licenseProblem(expression, allowed) {
  if (expression === null || expression.trim() === '') return 'no licence declared';
  if (/^SEE LICEN[CS]E IN /i.test(expression.trim()))
    return `"${expression}" names a file, not a licence: read it and add an override`;
  let tree;
  try {
    tree = parseExpression(expression);
  } catch (error) {
    return `"${expression}" is not an SPDX expression (${/** @type {Error} */ (error).message})`;
  }
  return nodeProblem(tree, allowed);
}

/**
 * The licence expression a package.json declares, from the `license` field or the legacy forms (`license: { type }`,
 * `licenses: [{ type }, …]`, `license: ['MIT', 'Apache2']`, the lists meaning a choice between them), or null.
 * @param {Record<string, unknown>} manifest
 * @returns {string | null}
 */
export function declaredLicense(manifest) {
  /** @param {unknown} value */
  const typeOf = (value) =>
    typeof value === 'string'
      ? value
      : value && typeof value === 'object' && 'type' in value && typeof value.type === 'string'
        ? value.type
        : null;
  const license = typeOf(manifest.license);
  if (license) return license;
  const list = Array.isArray(manifest.licenses)
    ? manifest.licenses
    : Array.isArray(manifest.license)
      ? manifest.license
      : null;
  if (list) {
    const types = list.map(typeOf).filter((type) => type !== null);
    if (types.length === 1) return types[0] ?? null;
    if (types.length > 1) return `(${types.join(' OR ')})`;
  }
  return null;
}
