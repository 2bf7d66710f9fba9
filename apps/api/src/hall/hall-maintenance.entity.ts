import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Days an equipment cannot be booked (servicing, calibration, repair). */
@ObjectType('HallMaintenance')
@Entity('hall_maintenance')
export class HallMaintenance {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'equipment_id', type: 'uuid' })
  equipmentId: string;

  @Field({ description: 'YYYY-MM-DD, first day' })
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Field({ description: 'YYYY-MM-DD, last day (inclusive)' })
  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
