import { z } from 'zod';
import { feedDate, optionalFeedDate } from '../shared/feed-dates.js';
import { looseList, looseText, recordNumber } from '../shared/loose-fields.js';

const Named = z.object({ Name: looseText }).loose();
const Company = z.object({ Name: looseText, CompanyID: looseText }).loose();

/** One entry of `Products[]`; `Model` and `Description` are usually empty in real data. */
export const CpscApiProduct = z
  .object({
    Name: looseText,
    Description: looseText,
    Model: looseText,
    Type: looseText,
    CategoryID: looseText,
    NumberOfUnits: looseText,
  })
  .loose();
export type CpscApiProduct = z.infer<typeof CpscApiProduct>;

/**
 * One record of the CPSC Recalls REST API (`/RestWebServices/Recall?format=json`, programmers guide v1.4),
 * field names exact. Only `RecallNumber` and `RecallDate` are required; every other field may be missing,
 * null or empty, lists may be null, and unknown fields are kept.
 * @example CpscApiRecord.safeParse(JSON.parse(body)[0])
 */
export const CpscApiRecord = z
  .object({
    RecallID: looseText,
    RecallNumber: recordNumber,
    RecallDate: feedDate,
    Description: looseText,
    URL: looseText,
    Title: looseText,
    ConsumerContact: looseText,
    LastPublishDate: optionalFeedDate,
    Products: looseList(CpscApiProduct),
    Inconjunctions: looseList(z.object({ URL: looseText }).loose()),
    Images: looseList(z.object({ URL: looseText }).loose()),
    Injuries: looseList(Named),
    Manufacturers: looseList(Company),
    Retailers: looseList(Company),
    Importers: looseList(Company),
    Distributors: looseList(Company),
    SoldAtLabel: looseText,
    ManufacturerCountries: looseList(z.object({ Country: looseText }).loose()),
    ProductUPCs: looseList(z.object({ UPC: looseText }).loose()),
    Hazards: looseList(z.object({ Name: looseText, HazardType: looseText, HazardTypeID: looseText }).loose()),
    Remedies: looseList(Named),
    RemedyOptions: looseList(z.object({ Option: looseText }).loose()),
  })
  .loose();
export type CpscApiRecord = z.infer<typeof CpscApiRecord>;
