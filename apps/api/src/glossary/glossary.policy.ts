import { ForbiddenError } from '../common/domain-errors';
import { isStaff, Viewer } from '../common/viewer';

/**
 * Who may see and do what with the glossary — one rule for every query and mutation of the
 * module. Staff (STAFF, ADMIN) read and edit the glossary, its suggestions and its history.
 * Members never read entries as such: they see concept labels where search and matching show them
 * (facets, reasons), which come from the same concepts. Anonymous callers are refused by the
 * global guard before any of this.
 */
export const glossaryPolicy = {
  mayManage(viewer: Viewer): boolean {
    return isStaff(viewer);
  },

  assertMayManage(viewer: Viewer): void {
    if (!isStaff(viewer)) throw new ForbiddenError('forbiddenRole', { roles: 'STAFF, ADMIN' });
  },
};
