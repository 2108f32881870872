import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GoldMention } from '../../narrative/evaluate';
import { corpusDir, defaultContext, evaluate, locate } from '../../narrative/evaluate';
import { officialBillable } from '../../helpers/officialCodes';
import { SECTION_HEADERS } from '../../../server/src/service/narrative/sectionHeaders';

/**
 * The annotated corpus as a regression test: the reader's precision, recall and assertion accuracy
 * on the dev notes and on the held-out notes (never tuned on) stay above floors set a little under
 * the measured values, so a change that loses mentions shows. The gold itself is checked too: every
 * phrase is in its note, every gold code is reportable in FY2027 and cites its source, and every section is
 * one of the reader's canonical names (or null), so that the eval's section agreement compares like with like.
 */

/**
 * Floors: about three points under what `npm run eval:narrative` printed for each part when they were set
 * (3 December 2026, the seventh rounds merged). Each part has floors of its own, because the blind
 * batches (written by engineers who never saw the reader) read less well than the notes the reader was
 * first tuned on, and the held-out blind batches least well of all: h16–h35 was first scored 0.719 /
 * 0.541 / 0.945 at its merge, h36–h55 0.831 / 0.663 / 0.975, h56–h75 0.766 / 0.717 / 0.969, h76–h95
 * 0.756 / 0.693 / 0.970 (after its blind gold review), h96–h115 0.827 / 0.802 / 0.993, h116–h135 0.892 / 0.851 / 0.946; none was
 * ever tuned on.
 */
const FLOORS = [
  // d01–d162 measured 0.967 / 0.951 / 1.000.
  { set: 'dev', from: 'd01', to: 'd162', precision: 0.93, recall: 0.92, assertionAccuracy: 0.97 },
  // The blind batches d163–d202 (first scored 0.726 / 0.640 / 0.975 at their merge) measured 0.963 / 0.943 / 0.998.
  { set: 'dev', from: 'd163', to: 'd202', precision: 0.93, recall: 0.91, assertionAccuracy: 0.96 },
  // The blind batches d203–d242 (first scored 0.787 / 0.639 / 0.948 at their merge) measured 0.953 / 0.884 / 0.979.
  { set: 'dev', from: 'd203', to: 'd242', precision: 0.92, recall: 0.85, assertionAccuracy: 0.95 },
  // The blind batches d243–d282 (first scored 0.762 / 0.734 / 0.965 at their merge) measured 0.853 / 0.828 / 0.991 after round 7.
  { set: 'dev', from: 'd243', to: 'd282', precision: 0.82, recall: 0.79, assertionAccuracy: 0.95 },
  // The blind batch d283–d302 of radiology and pathology reports (first scored 0.857 / 0.785 / 0.941 after its blind gold
  // review) measured 0.950 / 0.869 / 0.982; d303–d322, non-oncologists' notes (0.856 / 0.802 / 0.970), 0.955 / 0.913 / 0.979.
  { set: 'dev', from: 'd283', to: 'd302', precision: 0.92, recall: 0.84, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd303', to: 'd322', precision: 0.92, recall: 0.88, assertionAccuracy: 0.95 },
  // Round 7's blind batches: d323–d342, hospital notes (first scored 0.824 / 0.815 / 0.980), measured 0.935 / 0.920 / 0.994;
  // d343–d362, outpatient oncology documents other than progress notes (0.827 / 0.765 / 0.944), 0.966 / 0.898 / 0.952.
  { set: 'dev', from: 'd323', to: 'd342', precision: 0.90, recall: 0.89, assertionAccuracy: 0.96 },
  { set: 'dev', from: 'd343', to: 'd362', precision: 0.93, recall: 0.86, assertionAccuracy: 0.92 },
  // Round 9's blind batches (4 December 2026): d363–d382, documentation outside the oncology clinic (first scored 0.833 / 0.771 /
  // 0.963; 0.833 / 0.767 / 0.963 after its blind gold review), measured 0.952 / 0.898 / 0.987 after round 10; d383–d402, specialty
  // notes (0.810 / 0.706 / 0.954; 0.843 / 0.728 / 0.951 after review), 0.947 / 0.860 / 0.986.
  { set: 'dev', from: 'd363', to: 'd382', precision: 0.92, recall: 0.87, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd383', to: 'd402', precision: 0.92, recall: 0.83, assertionAccuracy: 0.95 },
  // Round 11's blind batches (4 December 2026, evening): d403–d422, radiology/pathology reports and inpatient documents (first
  // scored 0.783 / 0.792 / 0.920; 0.783 / 0.792 / 0.964 after the restated-finding decision and its blind review), 0.855 / 0.855 /
  // 0.993 after round 11; d423–d442, haematology, neuro-oncology, benign lesions and letters (0.824 / 0.728 / 0.929; 0.819 / 0.723 /
  // 0.955 after review), 0.939 / 0.873 / 0.989.
  { set: 'dev', from: 'd403', to: 'd422', precision: 0.82, recall: 0.82, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd423', to: 'd442', precision: 0.90, recall: 0.84, assertionAccuracy: 0.95 },
  // Round 12's blind batches (4 December 2026, late evening): d443–d462, procedure and radiation-oncology documents (first scored
  // 0.896 / 0.785 / 0.993; 0.896 / 0.785 / 0.986 after its blind gold review), 0.930 / 0.860 / 0.994 after round 12; d463–d482, CDI
  // queries, EHR problem lists, ED, home health, hospice, genetics, skin, sarcoma, NET and CUP (0.840 / 0.805 / 0.960; 0.879 / 0.842 /
  // 0.956 after review), 0.934 / 0.916 / 0.985.
  { set: 'dev', from: 'd443', to: 'd462', precision: 0.90, recall: 0.83, assertionAccuracy: 0.96 },
  { set: 'dev', from: 'd463', to: 'd482', precision: 0.90, recall: 0.88, assertionAccuracy: 0.95 },
  // Round 13's blind batches (5 December 2026): d483–d502, damaged and odd text (dictation, OCR'd faxes, pasted tables, SOAP
  // notes, sign-outs, second-language writers, addenda; first scored 0.844 / 0.725 / 0.944), 0.882 / 0.785 / 0.978 after round 13;
  // d503–d522, the less common neoplasms and behaviours (0.835 / 0.695 / 0.971; 0.823 / 0.675 / 0.970 after its review and the
  // consistency pass), 0.887 / 0.785 / 0.994.
  { set: 'dev', from: 'd483', to: 'd502', precision: 0.85, recall: 0.75, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd503', to: 'd522', precision: 0.85, recall: 0.75, assertionAccuracy: 0.96 },
  // Round 14's blind dev batches (5 December 2026): d523–d542, paediatric, AYA and gynaecologic oncology with survivorship and
  // genetics (first scored 0.836 / 0.667 / 0.967; 0.842 / 0.661 / 0.967 after its blind review), 0.914 / 0.800 / 0.973 after
  // round 14; d543–d562, structured reports and research documents (0.818 / 0.760 / 0.962; 0.836 / 0.751 / 0.962 after
  // review), 0.870 / 0.801 / 0.972.
  { set: 'dev', from: 'd523', to: 'd542', precision: 0.88, recall: 0.76, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd543', to: 'd562', precision: 0.84, recall: 0.76, assertionAccuracy: 0.94 },
  // Round 15's blind dev batches (5 December 2026): d563–d582, haematology and transplant, urology and dermatology (first
  // scored 0.797 / 0.699 / 0.964; 0.807 / 0.711 / 0.958 after its review and the consistency passes), 0.843 / 0.779 / 0.962
  // after round 15; d583–d602, notes where cancer is not the visit's subject (0.891 / 0.787 / 0.969), 0.941 / 0.855 / 0.989.
  { set: 'dev', from: 'd563', to: 'd582', precision: 0.81, recall: 0.75, assertionAccuracy: 0.93 },
  { set: 'dev', from: 'd583', to: 'd602', precision: 0.91, recall: 0.82, assertionAccuracy: 0.95 },
  // Round 16's blind dev batches (5 December 2026): d603–d622, neuro-oncology, head and neck, eye and paediatric oncology (first
  // scored 0.865 / 0.678 / 0.986; 0.859 / 0.673 / 0.986 after its review and the consistency pass), 0.922 / 0.798 / 0.982 after
  // round 16; d623–d642, oncology documents that are not visit notes (0.893 / 0.820 / 0.956; 0.882 / 0.801 / 0.955 after
  // review), 0.908 / 0.857 / 0.988.
  { set: 'dev', from: 'd603', to: 'd622', precision: 0.89, recall: 0.76, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd623', to: 'd642', precision: 0.87, recall: 0.82, assertionAccuracy: 0.95 },
  // Round 17's blind dev batches (5 December 2026, evening), each scored after its blind review and before any change for it:
  // d643–d662, haematopathology and cellular therapy (0.766 / 0.773 / 0.864), 0.840 / 0.822 / 0.937 after round 17's first pass;
  // d663–d682, imaging, nuclear medicine and infusion-day notes (0.834 / 0.766 / 0.962), 0.939 / 0.895 / 0.981; d683–d702, surgical
  // and procedural notes (0.838 / 0.734 / 0.975), 0.874 / 0.766 / 0.976; d703–d722, outside records, post-acute care, gynaecologic
  // oncology and sarcoma (0.843 / 0.758 / 0.960), 0.879 / 0.785 / 0.961.
  { set: 'dev', from: 'd643', to: 'd662', precision: 0.80, recall: 0.78, assertionAccuracy: 0.90 },
  { set: 'dev', from: 'd663', to: 'd682', precision: 0.90, recall: 0.85, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd683', to: 'd702', precision: 0.83, recall: 0.72, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd703', to: 'd722', precision: 0.84, recall: 0.74, assertionAccuracy: 0.93 },
  // Round 18's blind dev batches (6 December 2026), each scored after its blind review and before any change for it: d723–d742,
  // inpatient notes, CDI queries and coding abstracts (0.876 / 0.810 / 0.973), 0.934 / 0.872 / 0.975 after round 18; d743–d762,
  // surgical pathology with CAP synoptics, cytology and radiation oncology (0.797 / 0.639 / 0.973), 0.852 / 0.740 / 1.000.
  { set: 'dev', from: 'd723', to: 'd742', precision: 0.89, recall: 0.83, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd743', to: 'd762', precision: 0.81, recall: 0.70, assertionAccuracy: 0.95 },
  // Round 19's blind dev batches (6 December 2026), each scored after its blind review and before any change for it: d763–d782,
  // the specialty clinics where cancer is found, followed or ruled out (0.850 / 0.756 / 0.974), 0.928 / 0.866 / 0.977 after round
  // 19; d783–d802, operative, endoscopy, IR, cytology and NGS reports and an outside-records packet (0.803 / 0.639 / 0.951),
  // 0.842 / 0.710 / 0.972 after round 19.
  { set: 'dev', from: 'd763', to: 'd782', precision: 0.89, recall: 0.83, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd783', to: 'd802', precision: 0.85, recall: 0.75, assertionAccuracy: 0.94 },
  // Round 20's blind dev batches (6 December 2026), each scored after its blind review and before any change for it: d803–d822,
  // hospital notes where cancer is the background of an admission or its cause (0.881 / 0.794 / 0.983), 0.913 / 0.848 / 0.995
  // after round 20; d823–d842, pathology and imaging reports from several laboratories (0.885 / 0.783 / 0.963), 0.910 / 0.831 /
  // 0.971; d843–d862, surgical specialty clinics before and after cancer operations (0.855 / 0.740 / 0.956), 0.907 / 0.819 /
  // 0.960. Round 19's d783–d802 read 0.884 / 0.780 / 0.975 after round 20's second pass on it (its floor raised).
  { set: 'dev', from: 'd803', to: 'd822', precision: 0.89, recall: 0.82, assertionAccuracy: 0.96 },
  { set: 'dev', from: 'd823', to: 'd842', precision: 0.88, recall: 0.80, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd843', to: 'd862', precision: 0.88, recall: 0.79, assertionAccuracy: 0.93 },
  // Round 21's blind dev batches (6 December 2026), each scored after its blind review and before any change for it: d863–d882,
  // primary care and general medicine by physicians who are not oncologists (0.844 / 0.820 / 0.954), 0.907 / 0.881 / 0.978 after
  // round 21; d883–d902, organ-specialty clinics (0.871 / 0.757 / 0.944), 0.916 / 0.838 / 0.949 after two passes.
  { set: 'dev', from: 'd863', to: 'd882', precision: 0.88, recall: 0.85, assertionAccuracy: 0.95 },
  { set: 'dev', from: 'd883', to: 'd902', precision: 0.89, recall: 0.81, assertionAccuracy: 0.92 },
  // Round 22's blind dev batches (6 December 2026), each scored after its blind review and before any change for it: d903–d922,
  // hospital documentation that coders and CDI specialists read (CDI queries, addenda, hand-offs, death summaries, an autopsy,
  // coding summaries; 0.922 / 0.884 / 0.938), 0.932 / 0.925 / 0.949 after round 22; d923–d942, neurosurgery, orthopaedic and
  // ocular oncology, thoracic and endocrine surgery, nerve sheath tumours (0.751 / 0.657 / 0.957), 0.817 / 0.751 / 0.973 after
  // two passes.
  { set: 'dev', from: 'd903', to: 'd922', precision: 0.90, recall: 0.89, assertionAccuracy: 0.92 },
  { set: 'dev', from: 'd923', to: 'd942', precision: 0.78, recall: 0.71, assertionAccuracy: 0.94 },
  // Round 23's blind dev batches (6 December 2026, evening), each scored after its blind review and before any change for it:
  // d943–d962, specialties outside oncology (cardio-oncology, nephrology, ID, endocrinology, psychiatry, ophthalmology, oral
  // surgery, ostomy nursing, dietitian; 0.820 / 0.761 / 0.947), 0.865 / 0.836 / 0.955 after round 23; d963–d982, laboratory and
  // molecular reports (NGS, ctDNA, flow cytometry, marrow with FISH, IHC addenda, frozen section, cytology; 0.646 / 0.674 / 0.968,
  // the weakest first run yet), 0.788 / 0.765 / 0.962 after two passes; d983–d1002, British and Commonwealth English (NHS letters,
  // MDT outcomes, 2WW referrals, RCPath reports; 0.745 / 0.682 / 0.952), 0.824 / 0.733 / 0.969 after round 23.
  { set: 'dev', from: 'd943', to: 'd962', precision: 0.84, recall: 0.81, assertionAccuracy: 0.93 },
  { set: 'dev', from: 'd963', to: 'd982', precision: 0.76, recall: 0.74, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd983', to: 'd1002', precision: 0.80, recall: 0.71, assertionAccuracy: 0.94 },
  // Round 24's blind dev batches (6 December 2026, night), each scored after its blind review and before any change for it:
  // d1003–d1022, transplant medicine (PTLD, liver transplant for HCC, skin cancers in recipients, donor-derived malignancy,
  // allo-HCT, UNOS forms; 0.745 / 0.710 / 0.963), 0.805 / 0.767 / 0.972 after round 24; d1023–d1042, occupational and
  // environmental exposure medicine and compensation (0.747 / 0.775 / 0.921), 0.784 / 0.784 / 0.946 after round 24;
  // d1043–d1062, copy-forward and templated EHR notes (0.940 / 0.924 / 0.977, no pass of its own), 0.940 / 0.920 / 0.977.
  { set: 'dev', from: 'd1003', to: 'd1022', precision: 0.77, recall: 0.73, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd1023', to: 'd1042', precision: 0.75, recall: 0.75, assertionAccuracy: 0.91 },
  { set: 'dev', from: 'd1043', to: 'd1062', precision: 0.91, recall: 0.89, assertionAccuracy: 0.95 },
  // Round 25's blind dev batches (6 December 2026, late night), each scored after its blind review and before any change
  // for it: d1063–d1082, gynaecologic and obstetric oncology (0.730 / 0.711 / 0.959), 0.769 / 0.750 / 0.961 after round 25;
  // d1083–d1102, paediatric and young-adult oncology and childhood-cancer survivorship (0.856 / 0.718 / 0.961), 0.868 / 0.764
  // / 0.958; d1103–d1122, cancer registry documents (0.741 / 0.716 / 0.959, section 0.568), 0.759 / 0.740 / 0.954 (section 0.974).
  { set: 'dev', from: 'd1063', to: 'd1082', precision: 0.74, recall: 0.72, assertionAccuracy: 0.93 },
  { set: 'dev', from: 'd1083', to: 'd1102', precision: 0.83, recall: 0.73, assertionAccuracy: 0.93 },
  { set: 'dev', from: 'd1103', to: 'd1122', precision: 0.73, recall: 0.71, assertionAccuracy: 0.92 },
  // Round 26's blind dev batches (7 December 2026), each scored after its blind review and before any change for it:
  // d1123–d1142, ophthalmic and oral/maxillofacial oncology (0.819 / 0.741 / 0.987), 0.860 / 0.796 / 0.981 after round 26;
  // d1143–d1162, autopsy, death and mortality-review documents (0.819 / 0.729 / 0.952, section 0.778), 0.826 / 0.747 / 0.953
  // (section 0.953); d1163–d1182, cancer rehabilitation and allied health (0.865 / 0.855 / 0.973), 0.880 / 0.855 / 0.993.
  { set: 'dev', from: 'd1123', to: 'd1142', precision: 0.82, recall: 0.76, assertionAccuracy: 0.94 },
  { set: 'dev', from: 'd1143', to: 'd1162', precision: 0.79, recall: 0.71, assertionAccuracy: 0.92 },
  { set: 'dev', from: 'd1163', to: 'd1182', precision: 0.84, recall: 0.82, assertionAccuracy: 0.95 },
  // Held out (totals only, never tuned on): h01–h15 measured 0.864 / 0.905 / 0.968; h16–h35 0.803 / 0.711 / 0.974;
  // h36–h55 0.859 / 0.762 / 0.974; h56–h75 0.792 / 0.753 / 0.976 (0.812 / 0.776 / 0.977 after round 6); h76–h95 0.773 / 0.705 / 0.971.
  // After round 7 and gold review 5 (coordinated sites one entry per site in h64, h69, h71, h82, h93, h94): h01–h15 0.892 / 0.943 / 0.970,
  // h16–h35 0.816 / 0.722 / 0.974, h36–h55 0.874 / 0.776 / 0.974, h56–h75 0.860 / 0.808 / 0.978, h76–h95 0.805 / 0.720 / 0.966,
  // h96–h115 0.846 / 0.806 / 0.993.
  { set: 'held-out', from: 'h01', to: 'h15', precision: 0.86, recall: 0.91, assertionAccuracy: 0.93 },
  { set: 'held-out', from: 'h16', to: 'h35', precision: 0.78, recall: 0.69, assertionAccuracy: 0.94 },
  { set: 'held-out', from: 'h36', to: 'h55', precision: 0.84, recall: 0.74, assertionAccuracy: 0.94 },
  { set: 'held-out', from: 'h56', to: 'h75', precision: 0.83, recall: 0.77, assertionAccuracy: 0.94 },
  { set: 'held-out', from: 'h76', to: 'h95', precision: 0.77, recall: 0.69, assertionAccuracy: 0.94 },
  { set: 'held-out', from: 'h96', to: 'h115', precision: 0.81, recall: 0.77, assertionAccuracy: 0.95 },
  // h116–h135 (4 December 2026, one cancer centre's week): first scored 0.892 / 0.851 / 0.946 (the same after its blind gold
  // review), 0.910 / 0.869 / 0.941 after rounds 9 and 10, whose rules came from the dev batches only.
  { set: 'held-out', from: 'h116', to: 'h135', precision: 0.88, recall: 0.84, assertionAccuracy: 0.91 },
  // h136–h155 (4 December 2026, evening, a community hospital's month): first scored 0.816 / 0.777 / 0.938, 0.816 / 0.777 / 0.954
  // after the restated-finding decision and its blind review, 0.823 / 0.777 / 0.954 after round 11 (rules from dev batches only).
  { set: 'held-out', from: 'h136', to: 'h155', precision: 0.79, recall: 0.74, assertionAccuracy: 0.92 },
  // h156–h175 (4 December 2026, late evening, an academic cancer centre's month): first scored 0.869 / 0.802 / 0.981, 0.873 /
  // 0.805 / 0.981 after its blind gold review, 0.877 / 0.805 / 0.981 after round 12 (rules from dev batches only).
  { set: 'held-out', from: 'h156', to: 'h175', precision: 0.84, recall: 0.77, assertionAccuracy: 0.95 },
  // h176–h195 (5 December 2026, a community hospital's month where cancer is mostly a comorbidity): first scored 0.904 / 0.860 /
  // 0.963, unchanged after its blind review, the consistency pass and round 13 (rules from dev batches only).
  { set: 'held-out', from: 'h176', to: 'h195', precision: 0.87, recall: 0.83, assertionAccuracy: 0.93 },
  // h196–h215 (5 December 2026, notes by nurses, pharmacists, navigators, social workers, therapists, chaplains, hospice and
  // home-health staff, portal messages, prior-authorisation letters): first scored 0.809 / 0.735 / 0.956 (0.809 / 0.731 /
  // 0.956 after its blind review), 0.813 / 0.745 / 0.957 after round 14 (rules from dev batches only).
  { set: 'held-out', from: 'h196', to: 'h215', precision: 0.78, recall: 0.71, assertionAccuracy: 0.93 },
  // h216–h235 (5 December 2026, radiation oncology and letters by clinicians trained outside the US): first scored 0.861 /
  // 0.765 / 0.960, 0.854 / 0.764 / 0.967 after its review, the consistency passes and round 15 (rules from dev batches only).
  { set: 'held-out', from: 'h216', to: 'h235', precision: 0.82, recall: 0.73, assertionAccuracy: 0.93 },
  // h236–h255 (5 December 2026, dictated and outside records, hospice, home-health and nursing-facility notes, gynaecologic
  // oncology and sarcoma): first scored 0.793 / 0.680 / 0.966, 0.793 / 0.680 / 0.960 after its review, the consistency passes
  // and round 16 (rules from dev batches only).
  { set: 'held-out', from: 'h236', to: 'h255', precision: 0.76, recall: 0.65, assertionAccuracy: 0.93 },
  // h256–h275 (5 December 2026, evening, surgical and procedural notes: endoscopy, EBUS, IR, operative notes, surgical clinic):
  // first scored 0.811 / 0.670 / 0.966 after its blind review, 0.834 / 0.693 / 0.967 after round 17 (rules from dev batches only).
  // h276–h295 (the everyday medical oncology and haematology clinic, written at the end of round 17 and first scored with its rules):
  // 0.862 / 0.806 / 0.964 after its blind review.
  { set: 'held-out', from: 'h256', to: 'h275', precision: 0.79, recall: 0.65, assertionAccuracy: 0.93 },
  { set: 'held-out', from: 'h276', to: 'h295', precision: 0.82, recall: 0.76, assertionAccuracy: 0.93 },
  // h296–h315 (6 December 2026, a representative day of a hospital coder's queue at a health system not seen before): first
  // scored 0.886 / 0.835 / 0.917 after its blind review with round 18's first rules, 0.887 / 0.839 / 0.927 after round 18 (rules
  // from dev batches only). h316–h335 (the specialty clinics where cancer is found, followed or ruled out outside oncology,
  // written late in round 18 and first scored with its rules): 0.869 / 0.709 / 0.983 after its blind review.
  { set: 'held-out', from: 'h296', to: 'h315', precision: 0.85, recall: 0.80, assertionAccuracy: 0.89 },
  { set: 'held-out', from: 'h316', to: 'h335', precision: 0.83, recall: 0.67, assertionAccuracy: 0.94 },
  // h336–h355 (a cancer centre's ordinary week at a health system not seen before), written early in round 19 and first scored
  // after its blind review with round 19's rules (made from dev batches only): 0.903 / 0.850 / 0.981 (the session's starting
  // reader read it 0.882 / 0.830 / 0.981).
  { set: 'held-out', from: 'h336', to: 'h355', precision: 0.86, recall: 0.81, assertionAccuracy: 0.95 },
  // h356–h375 (notes by physicians who are not oncologists at a health system not seen before: primary care, geriatrics,
  // cardiology and cardio-oncology, nephrology, infectious disease, psychiatry, rehabilitation, pre-operative clinics, nursing
  // facilities, hospital discharges, ED), written early in round 20 and first scored after its blind review with round 20's rules
  // (made from dev batches only): 0.841 / 0.789 / 0.951 — exactly what the session's starting reader read (no carry-over).
  { set: 'held-out', from: 'h356', to: 'h375', precision: 0.81, recall: 0.76, assertionAccuracy: 0.92 },
  // h376–h395 (a community cancer centre and hospice not seen before: radiation oncology, palliative care, hospice admissions
  // and recertifications, nurse navigation and social work), written early in round 21 and first scored after its blind review
  // and the round's consistency check with round 21's rules (made from dev batches only): 0.924 / 0.906 / 0.978 — exactly what
  // the session's starting reader read.
  { set: 'held-out', from: 'h376', to: 'h395', precision: 0.89, recall: 0.87, assertionAccuracy: 0.95 },
  // h396–h415 (letters and non-physician documents around cancer care at a health system not seen before: prior-authorization
  // requests and appeals, peer-to-peer summaries, second-opinion letters, trial eligibility checklists, oncology pharmacy and
  // infusion nursing, genetic counselling, cancer rehabilitation, disability forms), written early in round 22 and first scored
  // after its blind review and the round's consistency check with round 22's rules (made from dev batches only): 0.795 / 0.808 /
  // 0.929 — the session's starting reader read 0.792 / 0.804 / 0.928.
  { set: 'held-out', from: 'h396', to: 'h415', precision: 0.76, recall: 0.77, assertionAccuracy: 0.89 },
  // h416–h435 (orders and short EHR documents at a health system not seen before: radiology and lab requisitions with their
  // reasons for exam, referral cover sheets, after-visit summaries, problem-list and encounter-diagnosis exports, medication
  // lists with indications, triage phone notes, portal messages, 485 certifications), written early in round 23 and first
  // scored after its blind review and the round's consistency checks with round 23's rules (made from dev batches only):
  // 0.825 / 0.803 / 0.958, section 0.712 — the session's starting reader read 0.831 / 0.803 / 0.958, section 0.669.
  { set: 'held-out', from: 'h416', to: 'h435', precision: 0.80, recall: 0.78, assertionAccuracy: 0.93 },
  // h436–h455 (reproductive, obstetric and fertility oncology at a health system not seen before: cancer in pregnancy,
  // maternal-fetal medicine, gestational trophoblastic disease, oncofertility, prenatal genetic counselling, placental
  // pathology), written early in round 24 and first scored after its blind review and the round's consistency check with round
  // 24's rules (made from dev batches only): 0.743 / 0.751 / 0.950 — exactly what the session's starting reader read.
  { set: 'held-out', from: 'h436', to: 'h455', precision: 0.71, recall: 0.72, assertionAccuracy: 0.92 },
  // h456–h475 (risk-adjustment (HCC) and coding-audit documentation at a health system and a Medicare Advantage plan not
  // seen before: wellness visits written to recapture conditions, gap reports, coders' chart abstracts, RADV worksheets,
  // coding queries, hospice certifications; written at the start of round 25, first scored with its rules): 0.787 / 0.847 /
  // 0.943, section 0.638, exactly as the session's starting reader read it.
  { set: 'held-out', from: 'h456', to: 'h475', precision: 0.75, recall: 0.81, assertionAccuracy: 0.91 },
  // h476–h495 (oncology pharmacy and drug-access documentation: order verifications, oral-agent teaching, specialty-pharmacy
  // intake, prior authorizations, letters of medical necessity, denials and appeals, peer-to-peer reviews, medication
  // reconciliation, interaction and pharmacogenomic consults, expanded access; written at the start of round 26, first scored
  // after its blind review and the round's consistency check with round 26's rules): 0.770 / 0.786 / 0.967, section 0.775,
  // exactly as the session's starting reader read it.
  { set: 'held-out', from: 'h476', to: 'h495', precision: 0.73, recall: 0.75, assertionAccuracy: 0.93 },
] as const;

describe('narrative reader: the annotated corpus', function () {
  // A whole set's reading takes seconds of CPU but several times that in wall time on a host shared with other work, which
  // is what Mocha's limit counts: the limit only guards against a hang.
  this.timeout(300_000);

  for (const floors of FLOORS) {
    const label = `${floors.set} ${floors.from}–${floors.to}`;
    it(`${label}: precision, recall and assertion accuracy stay above their floors`, () => {
      const scores = evaluate(floors.set, defaultContext(), floors.from, floors.to);
      assert.ok(scores.precision >= floors.precision, `precision ${scores.precision.toFixed(3)} < ${floors.precision}`);
      assert.ok(scores.recall >= floors.recall, `recall ${scores.recall.toFixed(3)} < ${floors.recall}`);
      assert.ok(scores.assertionAccuracy >= floors.assertionAccuracy, `assertion accuracy ${scores.assertionAccuracy.toFixed(3)} < ${floors.assertionAccuracy}`);
    });
  }

  // Section agreement (matched mentions whose section is the gold's), first scored on 5 December 2026 once every gold section
  // was made one of the reader's canonical names: dev 0.802 and held-out 0.891, then 0.821 and 0.893 after round 13's headers;
  // round 14 (headers, family statements, and gold sections mended by ANNOTATION.md's rules 1–3) 0.909 and 0.911.
  const SECTION_FLOORS = [{ set: 'dev', floor: 0.91 }, { set: 'held-out', floor: 0.90 }] as const;
  for (const { set, floor } of SECTION_FLOORS) {
    it(`${set}: section agreement stays above ${floor}`, () => {
      const agreement = evaluate(set, defaultContext()).sectionAgreement;
      assert.ok(agreement >= floor, `section agreement ${agreement.toFixed(3)} < ${floor}`);
    });
  }

  it('has at least 60 notes, about 15 of them held out', () => {
    const count = (set: string): number => readdirSync(path.join(corpusDir, set)).filter((name) => name.endsWith('.note')).length;
    assert.ok(count('dev') + count('held-out') >= 60);
    assert.ok(count('held-out') >= 15);
  });

  const fy2027 = officialBillable(2027);
  const canonicalSections = new Set(SECTION_HEADERS.map((entry) => entry.name));
  for (const set of ['dev', 'held-out']) {
    for (const name of readdirSync(path.join(corpusDir, set)).filter((file) => file.endsWith('.json'))) {
      it(`${set}/${name}: every gold phrase is in the note, every code valid in FY2027 and cited`, () => {
        const text = readFileSync(path.join(corpusDir, set, name.replace(/\.json$/, '.note')), 'utf8');
        const gold = (JSON.parse(readFileSync(path.join(corpusDir, set, name), 'utf8')) as { mentions: (GoldMention & { cite?: string })[] }).mentions;
        for (const entry of gold) {
          assert.ok(locate(text, entry.text, entry.occurrence) >= 0, `${entry.text} #${entry.occurrence}`);
          if (entry.code !== null) assert.ok(fy2027.has(entry.code.replace('.', '')), `${entry.code} is not a FY2027 code`);
          assert.ok((entry.cite ?? '').length > 0, `${entry.text} cites nothing`);
          assert.ok(['present', 'negated', 'history', 'uncertain', 'hypothetical', 'family'].includes(entry.assertion));
        }
      });
      it(`${set}/${name}: every gold section is one of the reader's canonical names or null`, () => {
        const gold = (JSON.parse(readFileSync(path.join(corpusDir, set, name), 'utf8')) as { mentions: GoldMention[] }).mentions;
        const strays = gold.filter((entry) => entry.section !== null && !canonicalSections.has(entry.section ?? ''));
        assert.deepEqual(strays.map((entry) => `${entry.text}: ${String(entry.section)}`), [], 'see "Sections" in corpus/ANNOTATION.md');
      });
    }
  }
});
