import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Collaboration } from '../brokering/collaboration.entity';
import { perRequest } from '../common/per-request-loader';
import { GraphQLContext } from '../common/viewer';
import { byId } from '../members/members.loader';
import { Organisation } from '../members/organisation.entity';
import { User } from '../members/user.entity';
import { HallEquipment } from './hall-equipment.entity';

/** One query per kind and request for what a page of bookings asks for (rows as stored: the resolver applied hall.policy). */
@Injectable()
export class HallLoader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  equipment(context: GraphQLContext, id: string): Promise<HallEquipment | null> {
    return perRequest(context, 'hall.equipment', () => byId(this.db, HallEquipment)).load(id);
  }

  user(context: GraphQLContext, id: string): Promise<User | null> {
    return perRequest(context, 'hall.user', () => byId(this.db, User)).load(id);
  }

  organisation(context: GraphQLContext, id: string): Promise<Organisation | null> {
    return perRequest(context, 'hall.organisation', () => byId(this.db, Organisation)).load(id);
  }

  collaboration(context: GraphQLContext, id: string): Promise<Collaboration | null> {
    return perRequest(context, 'hall.collaboration', () => byId(this.db, Collaboration)).load(id);
  }
}
