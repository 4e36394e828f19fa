// Chapter 5: the steppe, the interrogation, the lists. 26 June to July 1954.
// Entry: aftermath (from ch4). Exits: the personal endings in epilogues.ink.
// Sets did_tell (the classroom vote `interrogation`); nudges trust_ona, trust_andriy, risk_seen.
// Reads did_dawn, risk_seen, know_halyna, did_marry, did_find_petro, trust_ona.
// One chapter-local variable, ch5_hospital: she stayed in the sick bay and was never marched out.
// It is reset before the ending, so the endings depend on the shared variables alone.
// Who is picked out on the steppe is not stored either: it is risk_seen >= 2 (the photographs)
// or know_halyna == 3 (the informer she exposed points her out), on every path that went out.

VAR ch5_hospital = false

=== aftermath ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: women_zone
# scene: yard
# beat: aftermath
# intensity: 2
By the time the sun is above the wall it is over, and the quiet is worse than the engines were.
{did_dawn == in_sick_bay:
    -> sick_bay_morning
}
-> column_out

=== sick_bay_morning ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: sick_bay
# scene: sick_bay
# beat: aftermath
# intensity: 2
Through the gap between the mattresses you watch the zone empty as everyone who can walk is marched out to the steppe; only the sick and the wounded may stay.
Helmi wipes her hands slowly, one finger at a time, and says, "Stay: you are my orderly, and someone has to carry the water and the buckets, while out there you are one more back in the dust." # speaker: helmi
+ [Stay with Helmi and the wounded.]
    ~ ch5_hospital = true
    You pick up the buckets, and nobody stops you.
    -> sick_bay_days
+ [Go out with the others. Ona is out there.]
    Helmi nods as if she had expected it and tells you to keep your head down. # speaker: helmi
    -> column_out

=== column_out ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: column
# scene: gate
# beat: aftermath
# intensity: 2
Everyone who is alive and not in the sick bay is marched out through the gate, past the vakhta, five abreast with their hands behind their heads. # fact: aftermath_lying # term: vakhta
Soldiers line both sides of the road, and one of them has vomited in the ditch and is wiping his mouth on his sleeve.
The men of the other lagpunkts walk beside you, and apart from them goes a small group with tied hands: the men taken at the barricades. # term: lagpunkt
{did_dawn == in_barrack:Ona walks beside you, grey with plaster dust.|Ona is somewhere ahead, and when the column bends you see her, with a cut above one eye.}
+ [Walk beside Ona, whatever the guards shout.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    {did_dawn == in_barrack:You take her arm, and she lets you.|You work your way forward one row at a time until you are next to her.}
    {trust_ona >= 3:"I thought you were dead," she says, and that is all.|"So, you are here," she says, as if she were counting you.} # speaker: ona
+ [Look along the men for Andriy{did_find_petro: and Petro}.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    When you turn your head, a soldier shouts, and an officer on the step of the vakhta looks at you once, the way you look at a word you mean to remember.
    Andriy is among the men with tied hands, one side of his face swollen, and when he sees you he deliberately looks away.
    {did_find_petro:
        Petro is walking in the men's column, alive, with dried blood on his ear.
    }
+ [Keep your eyes on the heels in front of you.]
    You watch the heels in front of you, men's boots on a woman and felt boots in June, and count steps to keep your head down and your mind empty.
- -> steppe_lying

=== steppe_lying ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: steppe
# scene: steppe_after
# beat: aftermath
# intensity: 2
Out on the steppe, beyond the wire, they make you lie face down with your arms stretched out, and then they leave you there for hours. # fact: aftermath_lying
The sun climbs, the ground smells of wormwood and dust, and when an ant walks over the back of your hand, you let it, because nobody may lift her head or speak.
Officers walk slowly along the rows, one carrying a folder of photographs taken at the prisoners' open meetings, another carrying lists compiled from informers' reports. # fact: aftermath_lying
{know_halyna:
- 0: When an officer calls Halyna Rudenko's number, she gets up, brushes off her skirt and follows him as if she had been expecting it, and only slowly do you understand.
- 1: When an officer calls Halyna's number, she gets up and follows him; you knew what she was and said nothing, and now she walks past your hands.
- 2: Halyna walks behind the officers, and as she passes you she slows but does not stop; you will never know what it cost her not to stop.
- 3: Halyna walks behind the officers, grey-faced and stepping carefully, like someone who has been kept a long time in a small room, and she is searching the rows for someone.
}
Bobrov comes along the rows with a water can, lets each woman drink from the lid and tells each of them the same thing: "Don't lift your head." # speaker: bobrov
Near you someone whispers that the soldiers were given vodka before they came in; some said so afterwards, though it may be a legend. # fact: drunk_troops
+ [Keep your face in the dust.]
    You keep your face in the dust, and when boots stop beside your hand you hold your breath until they walk on.
+ [Lift your head when the officer with the photographs comes near.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You lift your head to see the face of the man who carries your face in a folder, and he looks at you, then at a photograph, then at you again.
+ [Reach across the ground for Ona's hand.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You walk your fingers through the dry grass until they find Ona's, and when a soldier shouts, neither of you lets go.
-
{risk_seen >= 2 or know_halyna == 3:
    {know_halyna == 3:
        Halyna stops by your hands without a word, and she does not need one: the officer looks at her, then at you, and writes.
    }
    The officer with the folder reads your number off the patch on your back and orders you to get up. # fact: prisoner_numbers
    They take you to a group by the trucks, women and men, each of them a face from a photograph.
    -> interrogation
}
At dusk they let you stand and march you back into the zone, past the porch where the sheets were; the sheets are gone.
-> barrack_after

=== barrack_after ===
# act: aftermath
# date: 1954-06-28
# time: day
# place: women_barrack
# scene: barracks
# beat: aftermath
# intensity: 2
The barrack has been searched: the mattresses are slit, the straw lies on the floor, and the little icons are gone from the bunk posts.
Nobody sits in the empty places on the bunks, and when the balanda comes you eat it because it comes, and if anyone talks, it is about the sheets and who was under them. # term: balanda
On the third morning a soldier comes to the door with a paper summoning you to the staff building as a witness.
-> interrogation

=== sick_bay_days ===
# act: aftermath
# date: 1954-06-27
# time: day
# place: sick_bay
# scene: sick_bay
# beat: aftermath
# intensity: 3
For a day and a night you carry water, empty buckets and scrub the floor, while Helmi sleeps standing against the doorframe a few minutes at a time.
The dead lie under sheets in the shed behind the sick bay, and women are among them. # fact: women_in_assault
On the second morning a lieutenant arrives with a ledger, because the dead must be registered; he has most of them only as numbers, and he wants names.
You knew some of them: the girl who mended boots in the drying room, and the woman who sang by the washstands in the evenings.
+ [Give him the names of the women you knew.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You give him their names and their villages, and perhaps one day a mother will receive a paper because of it. He writes your number in the margin beside them: the one who knew.
+ [Say that you did not know them.]
    You say you did not know them, and he writes down numbers, while Helmi stands beside you in a silence you cannot read.
- -> interrogation

=== interrogation ===
# act: aftermath
# date: 1954-06-30
# time: day
# place: interrogation_room
# scene: interrogation
# beat: interrogation
# intensity: 2
{ch5_hospital:They come for you in the sick bay on the fourth day, and Helmi is told to manage without you for an hour.|{risk_seen >= 2 or know_halyna == 3:You spend four days locked in a barrack by the gate with the others from the trucks before your turn comes.|You walk to the staff building with the paper in your hand, and the soldier at the door reads it twice.}}
The room holds a table, a glass of tea in a metal holder and a window full of steppe, and it smells of tobacco and floor polish.
Captain Orlov, the investigator, is younger than you expected, with ink on his second finger and the reddened eyes of a man who has not slept.
"Sit down, Kovalchuk," he says. "I have a great many of you to see, and Moscow wants everything by Monday, so help me, and we will both finish sooner." # speaker: orlov
+ [Give your name and your number, and nothing more.]
    You give your name, your father's name and your number, and he writes them down as if they were news.
+ [Ask him first where your brother is.]
    "Where is Petro Kovalchuk?" you ask. # speaker: daryna
    Orlov smiles for the first time and says, "There: we both want something, and that is a beginning." # speaker: orlov
+ [Tell him you slept through the whole thing in your barrack.]
    {did_dawn == in_barrack:"Perhaps," he says, and he writes something that he does not show you.|He opens a folder and turns it toward you, saying, "Not according to this."} # speaker: orlov
-
{risk_seen:
- 0: "You are not in my photographs," he says, "which is good for you, because nobody will be surprised by anything you remember." # speaker: orlov
- 1: In a photograph of a crowd at a meeting, a woman in a headscarf stands half turned away at the edge. "I think this is you," he says, "and I can decide that it is, or that it is not." # speaker: orlov
- else: In a photograph taken at a meeting in the zone you stand near the front, as clear as a face in an icon, and he does not need to say anything about it.
}
{know_halyna:
- 1: Then he reads in a flat voice from a report: what you said in the barrack about the commission, who came to your bunk, {did_marry:your wedding and the priest's name, |}what you kept in your mattress. You know the hand that wrote it; you knew, and said nothing, and she kept writing.
- 2: Then he reads from a thorough report on your barrack that names women and what they said, although your name is missing where it ought to be. "The person who wrote this was careful about you, and I wonder why," he says. # speaker: orlov
- 3: "And you handed one of our people to the rebels' security," he says. "She told us who it was, and we look after our people when we can." # speaker: orlov
}
"There will be a new case for all of this," Orlov says, "and for some of you a new term and a camp in the far north. Your brother is on a list for the east, and lists are made by people, who can change them. I want to hear you say what I already know: who stood in front, who made things in the workshops and who gave the orders in your barrack." # speaker: orlov
The tea has gone cold in its glass, and outside the window a truck full of men goes by.
+ [Say nothing. Look at the glass of tea. #vote: interrogation/silence]
    ~ did_tell = 1
    You say nothing, only look at the tea and the light in it, while he asks again and again, more quietly each time.
    At last he says, "As you like," and writes one short line that you will never read. # speaker: orlov
+ [Tell him harmless things, what anyone could tell him. #vote: interrogation/harmless]
    ~ did_tell = 2
    You tell him about the soup, the concerts in the canteen and the wall newspaper with its caricatures, things the whole steppe saw. # fact: culture # fact: wall_newspaper
    He writes it all down, knowing that you are giving him nothing, and lets you, which frightens you more than shouting would.
+ [Give him names. #vote: interrogation/names]
    ~ did_tell = 3
    He makes it easy: he says the names, the woman who kept the stones by your barrack door and a man from the workshops whose name you only half knew, and you only have to nod.
    You nod, and nod again, and when Orlov has written it all down he says, "Thank you," and he means it, which is the worst of it. # speaker: orlov
- -> lists

=== lists ===
# act: aftermath
# date: 1954-07-10
# time: day
# place: gate
# scene: transport
# beat: dispersal
# intensity: 2
The commission is gone, because every one of its members has been arrested, people say. # fact: arrests_436
// From the sick bay, only silence with her face in the photographs sends her east; from the steppe, anything short of names does, once she was picked out or kept silent.
~ temp shipped = (ch5_hospital and did_tell == 1 and risk_seen >= 2) or (not ch5_hospital and did_tell != 3 and (risk_seen >= 2 or know_halyna == 3 or did_tell == 1))
Every few days a list is read at the vakhta, and the people on it go out through the gate with their bundles. # term: vakhta
Then comes the longest list, an etap going east to Ozerlag and Kolyma: five hundred women, people said, and five hundred men. # fact: dispersal_1000 # term: etap
Word comes from the men's side that Andriy{did_marry:, your husband,} is on their list, and Petro too. {did_find_petro:You found your brother in May, and now he is counted out.|You have not seen him since your trial, and now his name goes east among strangers.}
{did_tell == 3:
    Orlov promised, but Petro's name is on the list all the same.
}
{shipped:
    Then comes your own number, which the soldier reads twice, stumbling on the letter in front of it: you are going east too.
}
+ {shipped} [Give Ona the towel you embroidered at home, with the red thread.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    She folds it small and tucks it inside her dress without saying goodbye, because in her family, she once told you, nobody says it to people they mean to see again.
+ {shipped} [Walk to the gate without looking back.]
    If you look back, you will not be able to walk, so you do not, and behind you someone says your name, in Ona's voice or someone else's.
+ {not shipped and did_tell == 3} [Tell Ona the truth when she asks what you told him.]
    You tell her, and Ona is silent for a long time before she moves her bowl along the plank to make room for yours. She does not say she forgives you, because she is not the one who could.
+ {not shipped and did_tell == 3} [Tell Ona you said nothing.]
    ~ trust_ona = MAX(trust_ona - 1, 0)
    She nods, and that night the woman who kept the stones is taken from the barrack; after that Ona does not ask you anything at all.
+ {not shipped and did_tell != 3} [Go to the wire to watch the column leave.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You find Andriy's back in the column and call his name, and without turning he lifts one hand above his head and keeps it there until the gate.
+ {not shipped and did_tell != 3} [Stay in the barrack with Ona.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You cannot watch it, so you sit on Ona's bunk while she mends a stocking, holding the other end of the thread.
-
// Each block below overrides the ones above it, so names outrank the lists, the lists the sick bay, and the sick bay the marriage.
~ temp next = -> ending_quiet
{did_marry:
    ~ next = -> ending_letters
}
{ch5_hospital:
    ~ next = -> ending_hospital
}
{shipped:
    ~ next = -> ending_dispersed
}
{did_tell == 3:
    ~ next = -> ending_named
}
~ ch5_hospital = false
-> next
