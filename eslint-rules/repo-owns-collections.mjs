// Each feature's repository is the only place that names its collections (docs/ARCHITECTURE.md, "Storage").
// A file in core/<f>/ may pass a collection name to the store (get/find/insert/update/count/remove, on the
// store or on a transaction) only if it is a repository file (`*-repo.ts` or under `<f>/repo/`) and only for
// a collection that core/<f>/**/collections.ts registers (its CollectionDocs keys; a `settings` document
// only in a feature that declares SettingsDocs). Exemptions are listed in eslint.config.mjs, each with its reason.
import fs from 'node:fs';
import path from 'node:path';

const STORE_METHODS = new Set(['get', 'find', 'insert', 'update', 'count', 'remove']);

/** The keys of `interface <name> { … }` in a collections.ts (one `key: Type;` a line). */
const interfaceKeys = (source, name) => {
  const body = new RegExp(`interface ${name} \\{([^}]*)\\}`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/^\s*'?([a-z_-]+)'?\??:/gm)].map((m) => m[1]);
};

const collectionFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return collectionFiles(full);
    return entry.name === 'collections.ts' ? [full] : [];
  });

const ownersCache = new Map();

/** Which feature of core/ owns each collection and each settings document, read from the collections.ts files. */
export const readOwners = (coreDir) => {
  if (ownersCache.has(coreDir)) return ownersCache.get(coreDir);
  const collections = new Map();
  const settingsOwners = new Set();
  for (const feature of fs.readdirSync(coreDir)) {
    const dir = path.join(coreDir, feature);
    if (feature === 'kernel' || !fs.statSync(dir).isDirectory()) continue;
    for (const file of collectionFiles(dir)) {
      const source = fs.readFileSync(file, 'utf8');
      for (const key of interfaceKeys(source, 'CollectionDocs')) collections.set(key, feature);
      if (interfaceKeys(source, 'SettingsDocs').length > 0) settingsOwners.add(feature);
    }
  }
  const owners = { collections, settingsOwners };
  ownersCache.set(coreDir, owners);
  return owners;
};

const literal = (node) => {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return null;
};

/** `core/visits/visit-repo.ts` → { feature: 'visits', isRepo: true }; null outside core/. The kernel owns none. */
const placeOf = (relative) => {
  const parts = relative.split(path.sep).join('/').split('/');
  if (parts[0] !== 'core' || parts.length < 3) return null;
  const file = parts[parts.length - 1];
  const isRepo = file.endsWith('-repo.ts') || parts.slice(2, -1).includes('repo');
  return { feature: parts[1], isRepo };
};

const exempted = (relative, exemptions) =>
  Object.entries(exemptions).some(([entry, reason]) => {
    if (typeof reason !== 'string' || reason.trim().length < 10) {
      throw new Error(`repo-owns-collections: the exemption ${entry} needs a written reason`);
    }
    return entry.endsWith('/') ? relative.startsWith(entry) : relative === entry;
  });

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: "only a feature's repository names the collections that feature owns" },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          exemptions: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      notRepo:
        "'{{collection}}' is named outside a repository: move this call into core/{{feature}}'s *-repo.ts (or {{feature}}/repo/) under a domain name",
      notOwner:
        "'{{collection}}' belongs to core/{{owner}}: call its repository through '@core/{{owner}}' instead of naming it in core/{{feature}}",
      settingsNotOwner:
        'core/{{feature}} declares no SettingsDocs: read or write its settings through the repository of the feature that owns the document',
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const root = options.root ?? context.cwd;
    const relative = path.relative(root, context.filename);
    const place = placeOf(relative);
    if (!place || exempted(relative.split(path.sep).join('/'), options.exemptions ?? {})) return {};
    const owners = readOwners(path.join(root, 'core'));
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (!STORE_METHODS.has(callee.property.name)) return;
        const collection = literal(node.arguments[0]);
        if (collection === null) return;
        const isSettings = collection === 'settings';
        if (!isSettings && !owners.collections.has(collection)) return; // not a collection: Map#get('x') and the like
        const data = { collection, feature: place.feature };
        if (!place.isRepo) {
          context.report({ node, messageId: 'notRepo', data });
          return;
        }
        if (isSettings) {
          // Document ids are not always literal, so the check is per feature: it must declare SettingsDocs.
          if (!owners.settingsOwners.has(place.feature)) {
            context.report({ node, messageId: 'settingsNotOwner', data });
          }
          return;
        }
        const owner = owners.collections.get(collection);
        if (owner !== place.feature) context.report({ node, messageId: 'notOwner', data: { ...data, owner } });
      },
    };
  },
};

export default rule;
