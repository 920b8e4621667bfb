import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports run one way: app → features → components/hooks → lib → store → srs/deck.
// Each layer may import its own folder and the layers below it, never the ones above.
const LAYERS = [
  ['app'],
  ['features'],
  ['components', 'hooks'],
  ['lib'],
  ['store'],
  ['srs', 'deck'],
];

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
          patterns:
            folder === 'features' ? [layerPattern(folder), CROSS_FEATURE] : [layerPattern(folder)],
        },
      ],
    },
  })),
  { files: ['src/app/**', 'src/main.tsx'], rules: storageRules },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layerPattern('store')] }] },
  },
  {
    // Tools reach the store only through its public API.
    files: ['scripts/**', 'bench/**', 'build/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/src/store/(?!index\\.ts$)',
              message: 'Import the store through src/store/index.ts, its public API.',
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
