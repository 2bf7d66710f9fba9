import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LanguageCode } from '../common/language.enum';
import { Role, UserStatus } from './member.enums';

/**
 * A person with an account. Contact details (email, phone) and the organisation are
 * resolved in users.resolver.ts, where the viewer's right to see them is checked.
 */
@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  email: string;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Field()
  @Column({ name: 'full_name' })
  fullName: string;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Field(() => Role)
  @Column({ type: 'varchar' })
  role: Role;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => LanguageCode)
  @Column({ name: 'preferred_language', type: 'varchar' })
  preferredLanguage: LanguageCode;

  @Field(() => UserStatus)
  @Column({ type: 'varchar' })
  status: UserStatus;

  /**
   * When the person last chose their password; null while they never did (imported or invited
   * and not yet accepted: their hash is of a secret nobody knows). Left out of an insert, the
   * database sets now(): every other way of creating an account comes with a password.
   */
  @Column({ name: 'password_set_at', type: 'timestamptz', nullable: true, default: () => 'now()' })
  passwordSetAt: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
