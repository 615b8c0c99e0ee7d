import type { RequestContext } from '../context';
import type { Handler } from '../http/router';

export const rootRedirectHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(302, { location: '/admin/ui/' });
  response.end();
};

export const adminUiHandler: Handler<RequestContext> = ({ response }) => {
  response.writeHead(404);
  response.end();
};
