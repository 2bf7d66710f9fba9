import { registerEnumType } from '@nestjs/graphql';

export enum LanguageCode {
  fr = 'fr',
  ar = 'ar',
  en = 'en',
}
registerEnumType(LanguageCode, { name: 'LanguageCode', description: 'French, Arabic or English' });
