import type { Rule } from '../../rule';
import { auAbn } from './au-abn';
import { auAcn } from './au-acn';
import { auMedicare } from './au-medicare';
import { auTfn } from './au-tfn';
import { caSin } from './ca-sin';
import { creditCard } from './credit-card';
import { cryptoBtc } from './crypto-btc';
import { cryptoEth } from './crypto-eth';
import { cryptoLtc } from './crypto-ltc';
import { cryptoXmr } from './crypto-xmr';
import { dateOfBirth } from './date-of-birth';
import { driversLicense } from './drivers-license';
import { email } from './email';
import { esNif } from './es-nif';
import { fiHetu } from './fi-hetu';
import { frNir } from './fr-nir';
import { deSteuerId } from './de-steuer-id';
import { nlBsn } from './nl-bsn';
import { trTckn } from './tr-tckn';
import { cnResidentId } from './cn-resident-id';
import { mxCurp } from './mx-curp';
import { hkHkid } from './hk-hkid';
import { clRut } from './cl-rut';
import { jpMyNumber } from './jp-my-number';
import { roCnp } from './ro-cnp';
import { chAhv } from './ch-ahv';
import { noFodselsnummer } from './no-fodselsnummer';
import { czRodneCislo } from './cz-rodne-cislo';
import { twNationalId } from './tw-national-id';
import { deSvnr } from './de-svnr';
import { dkCpr } from './dk-cpr';
import { hrOib } from './hr-oib';
import { bgEgn } from './bg-egn';
import { ilId } from './il-id';
import { ukDrivingLicence } from './uk-driving-licence';
import { inGstin } from './in-gstin';
import { mxRfc } from './mx-rfc';
import { plNip } from './pl-nip';
import { phTin } from './ph-tin';
import { iban } from './iban';
import { idCardNumber } from './id-card-number';
import { inAadhaar } from './in-aadhaar';
import { inPan } from './in-pan';
import { inVoterId } from './in-voter-id';
import { ipv4 } from './ipv4';
import { ipv6 } from './ipv6';
import { itFiscalCode } from './it-fiscal-code';
import { itVat } from './it-vat';
import { krRrn } from './kr-rrn';
import { macAddress } from './mac-address';
import { macAddressDashed } from './mac-address-dashed';
import { passportNumber } from './passport-number';
import { phone } from './phone';
import { plPesel } from './pl-pesel';
import { brCpf } from './br-cpf';
import { sePersonnummer } from './se-personnummer';
import { sgNric } from './sg-nric';
import { thTnin } from './th-tnin';
import { ukNhsNumber } from './uk-nhs-number';
import { ukNino } from './uk-nino';
import { usAbaRouting } from './us-aba-routing';
import { bankAccountNumber } from './bank-account-number';
import { usDea } from './us-dea';
import { usMbi } from './us-mbi';
import { usNpi } from './us-npi';
import { usItin } from './us-itin';
import { usSsn } from './us-ssn';
import { zaIdNumber } from './za-id-number';

/** Every built-in personal and payment data detector. */
export const piiRules: readonly Rule[] = [
  email,
  phone,
  creditCard,
  iban,
  usSsn,
  usItin,
  usAbaRouting,
  bankAccountNumber,
  usDea,
  usMbi,
  usNpi,
  ukNino,
  ukNhsNumber,
  caSin,
  inAadhaar,
  inPan,
  inVoterId,
  auTfn,
  auAbn,
  auAcn,
  auMedicare,
  esNif,
  itFiscalCode,
  itVat,
  plPesel,
  brCpf,
  sePersonnummer,
  sgNric,
  thTnin,
  zaIdNumber,
  krRrn,
  fiHetu,
  frNir,
  deSteuerId,
  nlBsn,
  trTckn,
  cnResidentId,
  mxCurp,
  hkHkid,
  clRut,
  jpMyNumber,
  roCnp,
  chAhv,
  noFodselsnummer,
  czRodneCislo,
  twNationalId,
  deSvnr,
  dkCpr,
  hrOib,
  bgEgn,
  ilId,
  ukDrivingLicence,
  inGstin,
  mxRfc,
  plNip,
  phTin,
  passportNumber,
  idCardNumber,
  driversLicense,
  dateOfBirth,
  ipv4,
  ipv6,
  macAddress,
  macAddressDashed,
  cryptoBtc,
  cryptoEth,
  cryptoLtc,
  cryptoXmr,
];
