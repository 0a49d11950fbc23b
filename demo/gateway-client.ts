/** One error of a GraphQL answer, as a front end receives it. */
export interface AnswerError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, any>;
}

/** A whole GraphQL answer: data and errors side by side (a refused field is null in data, explained in errors). */
export interface GatewayAnswer<Data = any> {
  data: Data | null;
  errors: AnswerError[];
}

/** Nothing answered at the gateway's URL. */
export class GatewayUnreachableError extends Error {}

/** Asks the gateway over HTTP with a bearer token, exactly as a front end would. */
export async function askGateway<Data = any>(
  gatewayUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GatewayAnswer<Data>> {
  let response: Response;
  try {
    response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new GatewayUnreachableError(`Could not reach the gateway at ${gatewayUrl}: ${cause}`);
  }
  const text = await response.text();
  let body: { data?: Data | null; errors?: AnswerError[] };
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`The gateway at ${gatewayUrl} answered HTTP ${response.status} with no GraphQL answer: ${text.slice(0, 300)}`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
