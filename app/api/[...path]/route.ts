import { errorResponse } from '@/lib/api/errors';

// Unknown API paths answer in the API's own JSON shape, never with the HTML 404 page.
const notFound = () => errorResponse(404, 'not_found', '接口不存在');
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
