import type { LanguageCode, OrganisationKind, RegisterInput, Role, Sector } from '../gql/graphql';
import type { Language } from '../i18n/language';
import type { MessageKey } from '../i18n/use-i18n';
import { accountRules } from './account-validators';

export interface SignUpValues {
  fullName: string;
  email: string;
  phone: string;
  password: string;
  role: Extract<Role, 'INDUSTRIAL' | 'RESEARCHER'> | '';
  organisationMode: 'existing' | 'new';
  organisationId: string | null;
  organisation: { name: string; kind: OrganisationKind | null; sectors: Sector[]; city: string; region: string };
  preferredLanguage: string;
}

export function initialSignUpValues(language: Language): SignUpValues {
  return {
    fullName: '',
    email: '',
    phone: '',
    password: '',
    role: '',
    organisationMode: 'existing',
    organisationId: null,
    organisation: { name: '', kind: null, sectors: [], city: '', region: '' },
    preferredLanguage: language,
  };
}

/** The page's own checks (the API checks again and its messages go beside the same fields). */
export function signUpRules(t: (key: MessageKey, params?: Record<string, string | number>) => string) {
  const rules = accountRules(t);
  const whenNew = (rule: (value: unknown) => string | null) => (value: unknown, values: SignUpValues) =>
    values.organisationMode === 'new' ? rule(value) : null;
  return {
    fullName: rules.required,
    email: rules.email,
    phone: rules.phone,
    password: rules.newPassword,
    role: rules.required,
    organisationId: (value: string | null, values: SignUpValues) => (values.organisationMode === 'existing' ? rules.required(value) : null),
    organisation: {
      name: whenNew(rules.required),
      kind: whenNew(rules.required),
      sectors: whenNew(rules.required),
      city: whenNew(rules.required),
      region: whenNew(rules.required),
    },
  };
}

export function toRegisterInput(values: SignUpValues): RegisterInput {
  const base = {
    fullName: values.fullName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim() || null,
    password: values.password,
    role: values.role as Role,
    preferredLanguage: values.preferredLanguage as LanguageCode,
  };
  if (values.organisationMode === 'existing') return { ...base, organisationId: values.organisationId };
  const { name, kind, sectors, city, region } = values.organisation;
  return { ...base, organisation: { name: name.trim(), kind: kind as OrganisationKind, sectors, city: city.trim(), region: region.trim() } };
}
