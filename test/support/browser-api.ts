/** The API as a browser test calls it beside the page: one signed-in client per test file. */
export interface BrowserTestApi {
  /** Signs in and keeps the token for later calls; returns the session the map stores. */
  signIn(email: string, password: string): Promise<{ accessToken: string }>;
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export function browserTestApi(baseUrl: string): BrowserTestApi {
  let token: string | undefined;
  const query = async <T>(source: string, variables?: Record<string, unknown>): Promise<T> => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: source, variables }),
    });
    const { data, errors } = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (errors?.length || !data) throw new Error(`GraphQL: ${errors?.map((error) => error.message).join('; ')}`);
    return data;
  };
  return {
    query,
    async signIn(email, password) {
      const { login } = await query<{ login: { accessToken: string } }>(
        `mutation($email: String!, $password: String!) { login(email: $email, password: $password) {
           accessToken refreshToken accessTokenExpiresAt user { id email name role organisation { id name kind } } } }`,
        { email, password },
      );
      token = login.accessToken;
      return login;
    },
  };
}
