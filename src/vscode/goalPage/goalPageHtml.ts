/**
 * The goal page's HTML shell: a strict Content Security Policy (nothing by
 * default; the script only by nonce; styles and the codicon font only from the
 * extension's dist/goalPage folder; images only as data: URIs) and an empty
 * root the script fills. No goal data is in the HTML: it comes by message.
 */
import { randomBytes } from 'crypto';
import * as vscode from 'vscode';

export const ASSETS_FOLDER = ['dist', 'goalPage'] as const;

export function assetsRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, ...ASSETS_FOLDER);
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    'img-src data:',
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** Only a language tag's letters, digits and dashes reach the page. */
function languageTag(language: string): string {
  return /^[A-Za-z0-9-]{1,35}$/.test(language) ? language : 'en';
}

export function goalPageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const nonce = randomBytes(18).toString('base64url');
  const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(assetsRoot(extensionUri), name)).toString();
  return `<!DOCTYPE html>
<html lang="${languageTag(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(webview.cspSource, nonce)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('codicon.css')}">
<link rel="stylesheet" href="${asset('goalPage.css')}">
<title>ClickUp Goal</title>
</head>
<body>
<div id="root"></div>
<script nonce="${nonce}" src="${asset('goalPage.js')}"></script>
</body>
</html>`;
}
