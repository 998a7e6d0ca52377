import { registerEnumType } from 'type-graphql';

/** R-DP-8: the position a dedicated person holds at the partner. */
export enum PersonnelPosition {
  BD = 'BD',
  SA = 'SA',
  PM = 'PM',
  ENGINEER = 'ENGINEER',
  OTHER = 'OTHER',
}
registerEnumType(PersonnelPosition, { name: 'PersonnelPosition', description: 'Business development, solution architect, project manager, engineer, other.' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

export enum AssociationStatus {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
}
registerEnumType(AssociationStatus, { name: 'AssociationStatus' });
