import { setupServer } from 'msw/node';

/** One interceptor for the whole run; each test installs its own handlers with `server.use`. */
export const server = setupServer();
