import { LanguageCode } from '../common/language.enum';
import { Viewer } from '../common/viewer';
import { Role } from '../members/member.enums';
import { HallBookingStatus } from './hall.enums';
import { hallPolicy } from './hall.policy';

const viewer = (role: Role, id: string, organisationId: string | null): Viewer => ({ id, role, organisationId, organisationIsMember: true, language: LanguageCode.fr });
const booking = { requestedBy: 'u1', organisationId: 'org1', status: HallBookingStatus.PENDING };

describe('hall policy', () => {
  it('shows a booking in full to staff, its requester and its organisation only', () => {
    expect(hallPolicy.maySeeBooking(viewer(Role.STAFF, 's', null), booking)).toBe(true);
    expect(hallPolicy.maySeeBooking(viewer(Role.ADMIN, 'a', null), booking)).toBe(true);
    expect(hallPolicy.maySeeBooking(viewer(Role.INDUSTRIAL, 'u1', 'org9'), booking)).toBe(true);
    expect(hallPolicy.maySeeBooking(viewer(Role.INDUSTRIAL, 'u2', 'org1'), booking)).toBe(true);
    expect(hallPolicy.maySeeBooking(viewer(Role.RESEARCHER, 'u3', 'org2'), booking)).toBe(false);
    expect(hallPolicy.maySeeBooking(viewer(Role.RESEARCHER, 'u4', null), { ...booking, organisationId: null })).toBe(false);
  });

  it('writes the same rule as SQL', () => {
    expect(hallPolicy.visibleBookingsSql(viewer(Role.STAFF, 's', null), 1)).toEqual({ sql: 'true', params: [] });
    expect(hallPolicy.visibleBookingsSql(viewer(Role.INDUSTRIAL, 'u2', 'org1'), 3)).toEqual({ sql: '(b.requested_by = $3 OR b.organisation_id = $4)', params: ['u2', 'org1'] });
    expect(hallPolicy.visibleBookingsSql(viewer(Role.RESEARCHER, 'u4', null), 1)).toEqual({ sql: 'b.requested_by = $1', params: ['u4'] });
  });

  it('lets staff cancel any booking and the requester their own pending or approved one', () => {
    expect(hallPolicy.mayCancel(viewer(Role.STAFF, 's', null), booking)).toBe(true);
    expect(hallPolicy.mayCancel(viewer(Role.INDUSTRIAL, 'u1', 'org1'), booking)).toBe(true);
    expect(hallPolicy.mayCancel(viewer(Role.INDUSTRIAL, 'u2', 'org1'), booking)).toBe(false);
    expect(hallPolicy.mayCancel(viewer(Role.INDUSTRIAL, 'u1', 'org1'), { ...booking, status: HallBookingStatus.REFUSED })).toBe(false);
  });

  it('lets members and staff ask for equipment, and staff alone keep the catalogue and decide', () => {
    for (const role of [Role.INDUSTRIAL, Role.RESEARCHER, Role.STAFF, Role.ADMIN]) expect(() => hallPolicy.assertMayRequest(viewer(role, 'x', 'o'))).not.toThrow();
    for (const role of [Role.INDUSTRIAL, Role.RESEARCHER]) {
      expect(() => hallPolicy.assertManagesCatalogue(viewer(role, 'x', 'o'))).toThrow();
      expect(() => hallPolicy.assertDecides(viewer(role, 'x', 'o'))).toThrow();
    }
    expect(() => hallPolicy.assertDecides(viewer(Role.STAFF, 's', null))).not.toThrow();
  });
});
