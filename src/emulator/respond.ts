/** Writing answers: JSON, ClickUp error bodies, and the broken answers faults ask for. */
import type { ServerResponse } from 'node:http';
import type { FaultSpec } from './types';

export type Headers = Record<string, string>;

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Headers): void {
  sendText(res, status, JSON.stringify(body), 'application/json; charset=utf-8', headers);
}

export function sendError(res: ServerResponse, status: number, err: string, ecode: string, headers: Headers): void {
  sendJson(res, status, { err, ECODE: ecode }, headers);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType: string, headers: Headers): void {
  const payload = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(payload.length) });
  res.end(payload);
}

/** A proxy's error page, as a client sees when something in front of ClickUp fails. */
export function sendHtmlPage(res: ServerResponse, status: number, headers: Headers): void {
  const title = `${status} ${status === 503 ? 'Service Temporarily Unavailable' : 'Bad Gateway'}`;
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n`;
  sendText(res, status, html, 'text/html; charset=utf-8', headers);
}

/** Answers an injected fault that replaces the whole answer; false when the fault needs the real answer. */
export function sendReplacingFault(res: ServerResponse, fault: FaultSpec, headers: Headers): boolean {
  if (fault.drop) {
    res.socket?.destroy();
    return true;
  }
  if (fault.html) {
    sendHtmlPage(res, fault.status ?? 502, headers);
    return true;
  }
  if (fault.status !== undefined && !fault.malformed && !fault.truncated) {
    sendError(res, fault.status, defaultMessage(fault.status), fault.ecode ?? 'EMULATOR_FAULT', headers);
    return true;
  }
  return false;
}

/** Answers 200 with the real body broken as the fault asks (the request still took effect). */
export function sendBrokenBody(res: ServerResponse, fault: FaultSpec, realBody: unknown, headers: Headers): void {
  const json = JSON.stringify(realBody);
  const text = fault.malformed ? `<<not json>> ${json.slice(0, 20)}` : json.slice(0, Math.floor(json.length / 2));
  sendText(res, fault.status ?? 200, text, 'application/json; charset=utf-8', headers);
}

function defaultMessage(status: number): string {
  if (status === 429) return 'Rate limit reached';
  if (status === 401) return 'Token invalid';
  if (status >= 500) return 'Internal Server Error';
  return 'Request failed';
}
