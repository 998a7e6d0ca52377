import { Select, type SelectProps } from 'antd';
import { COUNTRY_CODES, countryName } from '@pc/shared';
import type { Program } from '../../gql/graphql';

/** "Singapore (SG)", sorted by name. */
export const countryOptions = COUNTRY_CODES.map((code) => ({ value: code, label: `${countryName(code)} (${code})` })).sort((a, b) =>
  a.label.localeCompare(b.label, 'en'),
);

export function countryLabel(code: string): string {
  return `${countryName(code)} (${code})`;
}

/** A country picker that filters by typing the name or the code. */
export function CountrySelect(props: Omit<SelectProps<string>, 'options' | 'showSearch'>) {
  return <Select<string> placeholder="Choose a country" {...props} options={countryOptions} showSearch={{ optionFilterProp: 'label' }} />;
}

/** R-PA-5: the development paths have a phase and a status; Cloud Solution Provider has a tier; the rest neither. */
export const DEVELOPMENT_PATHS: readonly Program[] = ['SERVICE_PARTNER', 'SOFTWARE_PARTNER', 'SYSTEM_INTEGRATOR', 'LEARNING_PARTNER'];

export const isDevelopmentPath = (program: Program | undefined): boolean => !!program && DEVELOPMENT_PATHS.includes(program);

/** Where the certificate of a program enrolment downloads from (operators may download any). */
export const certificateUrl = (partnerProgramId: string): string => `/api/partner-programs/${partnerProgramId}/certificate.pdf`;
