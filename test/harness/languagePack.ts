// Makes code-server run in another display language offline (see "Another display language,
// offline" in the testing notes): `--locale de` alone leaves vscode.env.language at "en", because
// a language needs an installed language pack and the marketplace is out of reach. So each run
// gets a stub pack (a manifest whose translations are empty) in its extensions folder, listed
// in extensions.json as `--install-extension` would list it, and a languagepacks.json in the
// user data that maps the language to it. The workbench stays English (the pack translates
// nothing), but vscode.env.language is the locale and extensions load their own bundles for it.
import * as fs from 'fs';
import * as path from 'path';

const PUBLISHER = 'clickup-goals-test';
const VERSION = '1.0.0';

/** Writes the stub pack and languagepacks.json; returns the code-server arguments that select the language. */
export function installStubLanguagePack(locale: string, userDataDir: string, extensionsDir: string): string[] {
  const name = `stub-language-pack-${locale}`;
  const id = `${PUBLISHER}.${name}`;
  const folder = path.join(extensionsDir, `${id}-${VERSION}`);
  const translations = path.join(folder, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, JSON.stringify({ contents: {} }));
  fs.writeFileSync(
    path.join(folder, 'package.json'),
    JSON.stringify({
      name,
      publisher: PUBLISHER,
      version: VERSION,
      engines: { vscode: '*' },
      contributes: {
        localizations: [
          { languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] },
        ],
      },
    }),
  );
  const listing = [
    {
      identifier: { id },
      version: VERSION,
      location: { $mid: 1, path: folder, scheme: 'file' },
      relativeLocation: path.basename(folder),
      metadata: { isApplicationScoped: true, installedTimestamp: Date.now(), pinned: true, source: 'vsix' },
    },
  ];
  fs.writeFileSync(path.join(extensionsDir, 'extensions.json'), JSON.stringify(listing));
  const packs = {
    [locale]: { hash: 'stub', label: locale, extensions: [{ extensionIdentifier: { id }, version: VERSION }], translations: { vscode: translations } },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
  return ['--locale', locale];
}
