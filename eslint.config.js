import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports run one way: app → features → components/hooks → store → lib → srs/deck.
// Each layer may import its own folder and the layers below it, never the ones above.
const LAYERS = [
  ['app'],
  ['features'],
  ['components', 'hooks'],
  ['store'],
  ['lib'],
  ['srs', 'deck'],
];

// The store's faces: the only files of src/store that code outside it imports. Each offers use
// cases; the kernel (databases, guarded localStorage, clock, save status) is private.
const FACES = ['progress', 'decks', 'notes', 'backup', 'recordings', 'prefs', 'sync', 'sync-tabs'];
const STORE_FACES = {
  regex: `(^|/)store/(?!(${FACES.join('|')})/index\\.ts$)`,
  message: `Outside src/store, import only its faces: src/store/{${FACES.join(',')}}/index.ts.`,
};

const above = (folder) => {
  const level = LAYERS.findIndex((layer) => layer.includes(folder));
  return LAYERS.slice(0, level).flat();
};

/** Forbids relative imports that climb into a folder above `folder`'s layer. */
const layerPattern = (folder) => ({
  regex: `^(\\.\\./)+(${above(folder).join('|')})(/|$)`,
  message: `Imports run app → features → components/hooks → lib → store → srs/deck: src/${folder} may not import ${above(folder).join(', ')}.`,
});

// Only src/store touches storage, as a global or through window/globalThis/self.
const STORAGE = ['localStorage', 'sessionStorage', 'indexedDB'];
const storageRules = {
  'no-restricted-globals': [
    'error',
    ...STORAGE.map((name) => ({ name, message: 'Only src/store touches storage.' })),
  ],
  'no-restricted-properties': [
    'error',
    ...['window', 'globalThis', 'self'].flatMap((object) =>
      STORAGE.map((property) => ({ object, property, message: 'Only src/store touches storage.' })),
    ),
  ],
};

const CROSS_FEATURE = {
  // From src/features/<a>/x.ts, `../<b>/…` reaches into another feature.
  regex: '^\\.\\./(?!\\.\\.)[^/]+/|^\\.\\./\\.\\./features/',
  message:
    'Features do not import each other: share through components, hooks or lib, or compose in src/app.',
};

const layerRules = [
  ...['features', 'components', 'hooks', 'lib'].map((folder) => ({
    files: [`src/${folder}/**`],
    rules: {
      ...storageRules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerPattern(folder),
            STORE_FACES,
            ...(folder === 'features' ? [CROSS_FEATURE] : []),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/app/**', 'src/main.tsx'],
    rules: { ...storageRules, 'no-restricted-imports': ['error', { patterns: [STORE_FACES] }] },
  },
  {
    // A store module uses the kernel, its own files and other modules' faces.
    files: ['src/store/*/**'],
    // The tools' face seeds storage as the app writes it, so it reads the progress internals.
    ignores: ['src/store/kernel/**', 'src/store/tools/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerPattern('store'),
            {
              regex: '^\\.\\./(?!\\.\\./|kernel/|[^/]+/index\\.ts$|progress/saved-format\\.ts$)',
              message:
                'Another store module is reached through its face (`../<module>/index.ts`), or the pure `../progress/saved-format.ts`.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/store/kernel/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            layerPattern('store'),
            { regex: '^\\.\\./(?!\\.\\./)', message: 'The kernel imports no store module.' },
          ],
        },
      ],
    },
  },
  {
    // Tools seed and read storage through src/store/tools/index.ts, or use a face.
    files: ['scripts/**', 'bench/**', 'build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/src/store/(?![^/]+/index\\.ts$)|/src/store/kernel/',
              message: 'Tools use src/store/tools/index.ts or a store face, never its internals.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  ...layerRules,
  {
    // Imports form no cycle, so each module can be read (and loaded) before those that use it.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The pure core stays portable: no React, no browser storage, no clock.
    files: ['src/deck/**', 'src/srs/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*'],
              message: 'src/deck and src/srs are pure: no React or zustand.',
            },
            layerPattern('srs'),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
      ],
      // Time is passed in as `now`, so tests use fixed dates.
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take `now` as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take `now` as an argument.',
        },
      ],
    },
  },
);
