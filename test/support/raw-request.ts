/** What came back over HTTP: the status and the body, parsed when it is JSON. */
export interface RawAnswer {
  status: number;
  contentType: string;
  body: any;
  text: string;
}

/** Posts exactly what a client sends, so a test sees the HTTP status and non-GraphQL answers too. */
export async function postRaw(
  url: string,
  token: string | null,
  body: string | object,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  let parsed: any = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  return { status: response.status, contentType, body: parsed, text };
}
