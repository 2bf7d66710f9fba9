import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { EquipmentCategory, EquipmentStatus } from './hall.enums';

/** A piece of equipment of the cluster's technology hall: every signed-in member reads the catalogue, staff keep it. */
@ObjectType('HallEquipment')
@Entity('hall_equipment')
export class HallEquipment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => EquipmentCategory)
  @Column({ type: 'varchar', length: 20 })
  category: EquipmentCategory;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'Capacity or throughput, as staff word it (e.g. "50 L per batch")' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  capacity: string | null;

  @Field(() => String, { nullable: true, description: 'Rules of use: training, supervision, cleaning…' })
  @Column({ type: 'text', nullable: true })
  rules: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'photo_url', type: 'varchar', length: 500, nullable: true })
  photoUrl: string | null;

  @Field(() => EquipmentStatus)
  @Column({ type: 'varchar', length: 20, default: EquipmentStatus.AVAILABLE })
  status: EquipmentStatus;

  @Field(() => Date, { nullable: true, description: 'Archived equipment leaves the catalogue; its past bookings stay' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
