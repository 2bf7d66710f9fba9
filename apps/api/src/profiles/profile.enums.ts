import { registerEnumType } from '@nestjs/graphql';

export enum Availability {
  AVAILABLE = 'AVAILABLE',
  LIMITED = 'LIMITED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(Availability, { name: 'Availability' });
