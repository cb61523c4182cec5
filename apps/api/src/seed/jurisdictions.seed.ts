import type { JurisdictionEntity } from '../database/entities';

/** The five seed jurisdictions and their parents (GB/T 2260). */
export const SEED_JURISDICTIONS: JurisdictionEntity[] = [
  { code: '440000', name: '广东省', level: 'province', parentCode: null },
  { code: '441600', name: '河源市', level: 'city', parentCode: '440000' },
  { code: '441623', name: '连平县', level: 'county', parentCode: '441600' },
  { code: '210000', name: '辽宁省', level: 'province', parentCode: null },
  { code: '210800', name: '营口市', level: 'city', parentCode: '210000' },
  { code: '210882', name: '大石桥市', level: 'county', parentCode: '210800' },
  { code: '140000', name: '山西省', level: 'province', parentCode: null },
  { code: '141000', name: '临汾市', level: 'city', parentCode: '140000' },
  { code: '141023', name: '襄汾县', level: 'county', parentCode: '141000' },
  { code: '370000', name: '山东省', level: 'province', parentCode: null },
  { code: '371700', name: '菏泽市', level: 'city', parentCode: '370000' },
  { code: '371702', name: '牡丹区', level: 'county', parentCode: '371700' },
  { code: '360000', name: '江西省', level: 'province', parentCode: null },
];
