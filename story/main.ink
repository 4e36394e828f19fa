// Forty Days — Kengir 1954. The entry point: chapters, shared variables, the first divert.
// The variables below are shared across chapters; story/README.md says what each means.

INCLUDE prologue.ink
INCLUDE ch1_breakthrough.ink
INCLUDE ch2_commission.ink
INCLUDE ch3_forty_days.ink
INCLUDE ch4_assault.ink
INCLUDE ch5_aftermath.ink
INCLUDE epilogues.ink
INCLUDE fyodor_prologue.ink
INCLUDE fyodor_ch1_breakthrough.ink
INCLUDE fyodor_ch2_commission.ink
INCLUDE fyodor_ch3_forty_days.ink
INCLUDE fyodor_ch4_assault.ink
INCLUDE fyodor_ch5_aftermath.ink
INCLUDE fyodor_epilogues.ink

// How far Andriy Savchuk trusts Daryna, and she him (0-3).
VAR trust_andriy = 0
// How far Ona Vaitkutė, her bunk neighbour, trusts her (0-3).
VAR trust_ona = 1
// Whether she has found her brother Petro since the walls fell.
VAR did_find_petro = false
// How visible she is to the authorities: meetings, delegations, the radio (0-3).
VAR risk_seen = 0
// What she did about Halyna the informer: 0 does not know, 1 knows and kept silent,
// 2 warned Halyna privately, 3 told the commission's security department.
VAR know_halyna = 0
// Her work for the commission: no_duty, kitchen, sick_bay, newspaper, workshop.
LIST did_duty = (no_duty), kitchen, sick_bay, newspaper, workshop
// Whether she married Andriy during the forty days.
VAR did_marry = false
// Where she is when the tanks come: barrack, sick_bay, barricade.
LIST did_dawn = (in_barrack), in_sick_bay, at_barricade
// What she told the interrogator: 0 nothing yet, 1 silence, 2 harmless things, 3 names.
VAR did_tell = 0

// Fyodor Zimin's perspective (entry knot fyodor_prologue). risk_seen, did_dawn and did_tell above
// are his too; the variables below are his alone.
// How far Mykola Hrytsai, his bunk neighbour, trusts him (0-3).
VAR trust_mykola = 1
// How far Pavel Nikanorovich Dudin trusts him (0-3).
VAR trust_dudin = 1
// His work for the commission: no_post, clerk (fair copies near Kuznetsov), defence (Keller's department).
LIST did_post = (no_post), clerk, defence
// What he taught the fighting squads: 0 nothing, 1 to lie flat and take cover, 2 to make and throw the grenades.
VAR did_teach = 0
// What he did about Mykola's leaflet: 0 does not know, 1 let it go, 2 talked Mykola out of it,
// 3 told Kuznetsov.
VAR know_leaflet = 0

-> prologue
