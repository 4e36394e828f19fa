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
By the time the sun is over the wall, it is over. The quiet is worse than the engines were.
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
Through the gap between the mattresses you watch the zone empty. Everyone who can walk is being marched out through the gate.
The officer comes back. The sick and the wounded will stay where they are. Everyone else goes out to the steppe.
Helmi wipes her hands slowly, one finger at a time.
"Stay," she says. "You are my orderly. Someone has to carry the water and the buckets. Out there you are one more back in the dust." # speaker: helmi
Somewhere in that column is Ona.
+ [Stay with Helmi and the wounded.]
    ~ ch5_hospital = true
    You pick up the buckets. Nobody stops you.
    -> sick_bay_days
+ [Go out with the others. Ona is out there.]
    Helmi nods as if she had expected it. "Then keep your head down," she says. # speaker: helmi
    -> column_out

=== column_out ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: column
# scene: gate
# beat: aftermath
# intensity: 2
They march you out through the gate, past the vakhta, five abreast, hands behind your heads. Everyone who is alive and not in the sick bay is going out. # fact: aftermath_lying # term: vakhta
Soldiers stand along both sides of the road. The dogs are quiet now. One soldier has been sick in the ditch and is wiping his mouth on his sleeve.
The men from the other lagpunkts walk in their own column beside yours. Apart from both, a small group of men walks with their hands tied: the ones taken at the barricades. # term: lagpunkt
{did_dawn == in_barrack:Ona walks beside you, grey with plaster dust.|Ona is somewhere ahead. When the column bends, you see her, with a cut above one eye.}
+ [Walk beside Ona, whatever the guards shout.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    {did_dawn == in_barrack:You take her arm. She lets you.|You work your way forward, one row at a time, until you are next to her.}
    {trust_ona >= 3:"I thought you were dead," she says. That is all.|"So. You are here," she says, as if she were counting you.} # speaker: ona
+ [Look along the men for Andriy{did_find_petro: and Petro}.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You turn your head. A soldier shouts. On the step of the vakhta an officer looks at you once, the way you look at a word you mean to remember.
    Andriy is among the men with tied hands. One side of his face is swollen. He sees you, and looks away on purpose.
    {did_find_petro:
        Petro is in the men's column, walking, with dried blood on his ear. Alive.
    }
+ [Keep your eyes on the heels in front of you.]
    You watch the heels in front of you: men's boots on a woman, felt boots in June. You count steps. It keeps your head down and your mind empty.
- -> steppe_lying

=== steppe_lying ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: steppe
# scene: steppe_after
# beat: aftermath
# intensity: 2
Out on the steppe, beyond the wire, they make you lie face down with your arms stretched out. Then they leave you there. # fact: aftermath_lying
The sun climbs. The ground smells of wormwood and dust. An ant walks over the back of your hand, and you let it.
Hours pass. No one may lift her head or speak. Further off, the men lie in their own rows.
Officers walk slowly along the rows. One carries a folder of photographs, taken at the meetings when the prisoners stood in the open and spoke. Another has lists made from informers' reports. # fact: aftermath_lying
{know_halyna:
- 0: Halyna Rudenko gets up when an officer says her number, brushes off her skirt, and goes with him, as if she had been expecting it. You do not understand it. Then you do.
- 1: Halyna gets up when an officer says her number and goes with him, brushing off her skirt. You knew what she was, and you said nothing. Now she walks past your hands.
- 2: Halyna walks behind the officers. As she passes you she slows, and does not stop. You will never know what it cost her not to stop.
- 3: Halyna walks behind the officers. Her face is grey, and she walks carefully, like someone who has been kept a long time in a small room. She is looking along the rows for someone.
}
Bobrov comes along the rows with a water can and lets each woman drink from the lid. "Don't lift your head," he says, to each of them the same. # speaker: bobrov
Near you someone whispers that the soldiers were given vodka before they came in. Some said so afterwards; it may be a legend. # fact: drunk_troops
+ [Keep your face in the dust.]
    You keep your face in the dust. When boots stop by your hand you do not breathe. After a while they walk on.
+ [Lift your head when the officer with the photographs comes near.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You lift your head. You want to see the face of a man who carries your face in a folder.
    He looks at you, then at a photograph, then at you again.
+ [Reach across the ground for Ona's hand.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You walk your fingers through the dry grass until they find Ona's. A soldier shouts. You do not let go, and neither does she.
-
{risk_seen >= 2 or know_halyna == 3:
    {know_halyna == 3:
        Halyna stops by your hands. She says nothing. She does not need to. The officer looks at her, then at you, and writes.
    }
    The officer with the folder reads your number off the patch on your back and tells you to get up. # fact: prisoner_numbers
    Your knees will not straighten at first. They take you to a group standing by the trucks, women and men, each of them a face from a photograph.
    -> interrogation
}
At dusk they let you stand. Your arms will not come down at first. They march you back into the zone, past the porch where the sheets were. The sheets are gone.
-> barrack_after

=== barrack_after ===
# act: aftermath
# date: 1954-06-28
# time: day
# place: women_barrack
# scene: barracks
# beat: aftermath
# intensity: 2
The barrack has been searched. The mattresses are slit, the straw is on the floor, and the little icons are gone from the bunk posts.
There are empty places on the bunks. Nobody sits on them.
You eat the balanda when it comes, because it comes. Nobody talks much. When anyone does, it is about the sheets, and who was under them. # term: balanda
On the third morning a soldier comes to the door with a paper. You are wanted at the staff building, as a witness.
-> interrogation

=== sick_bay_days ===
# act: aftermath
# date: 1954-06-27
# time: day
# place: sick_bay
# scene: sick_bay
# beat: aftermath
# intensity: 3
For a day and a night you carry water, empty buckets, wash the floor and wash it again. Helmi sleeps standing against the doorframe, a few minutes at a time.
The dead lie in the shed behind the sick bay, under sheets. Women are among them. # fact: women_in_assault
On the second morning a lieutenant comes with a ledger. The dead must be written down. Most of them he has as numbers; he wants names.
You knew some of them. The girl who mended boots in the drying room. The woman who sang in the evenings by the washstands.
+ [Give him the names of the women you knew.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You give him their names, and the villages they came from. Someday a mother will get a paper because of this.
    He writes your number in the margin beside them: the one who knew.
+ [Say that you did not know them.]
    You say you did not know them. He writes down numbers.
    Helmi, beside you, says nothing, and you cannot tell what she thinks of you.
- -> interrogation

=== interrogation ===
# act: aftermath
# date: 1954-06-30
# time: day
# place: interrogation_room
# scene: interrogation
# beat: interrogation
# intensity: 2
{
- ch5_hospital:
    They come for you in the sick bay on the fourth day. Helmi is told to manage without you for an hour.
- risk_seen >= 2 or know_halyna == 3:
    You spend four days in a locked barrack by the gate with the others from the trucks: bread, water, a bucket. Then it is your turn.
- else:
    You walk to the staff building with the paper in your hand. The soldier at the door reads it twice.
}
The room has a table, two chairs, a glass of tea in a metal holder, and a window with the steppe in it. It smells of tobacco and floor polish.
Captain Orlov is younger than you expected. He has ink on his second finger and the red eyes of a man who has not slept. There is a stack of folders on the table. One is open.
"Sit down, Kovalchuk," he says. "I have a great many of you to see, and Moscow wants all of it by Monday. Help me, and we will both be finished sooner." # speaker: orlov
+ [Give your name and your number, and nothing more.]
    You give your name, your father's name, your number. He writes them down as if they were news.
+ [Ask him first where your brother is.]
    "Where is Petro Kovalchuk?" you ask. # speaker: daryna
    Orlov smiles for the first time. "There. We both want something. That is a beginning," he says. # speaker: orlov
+ [Tell him you slept through the whole thing in your barrack.]
    {did_dawn == in_barrack:"Perhaps," he says. He writes something and does not tell you what.|He turns the open folder round so that you can read it. "Not according to this," he says.} # speaker: orlov
- He has things to show you. He lays them out one by one, like cards.
{risk_seen:
- 0: "You are not in my photographs," he says. "That is good for you. It means nobody will be surprised by anything you remember." # speaker: orlov
- 1: A photograph of a crowd at a meeting. At the edge of it, half turned away, is a woman in a headscarf. "I think this is you," he says. "I can decide that it is, or that it is not." # speaker: orlov
- else: A photograph taken at a meeting in the zone. You are standing near the front, as clear as a face in an icon. He does not say anything about it. He does not need to.
}
{know_halyna:
- 1: Then he reads from a report in a flat voice: what you said in the barrack about the commission, who came to your bunk, {did_marry:your wedding and the priest's name, |}what you kept in your mattress. You know the hand that wrote it. You knew, and you said nothing, and she kept writing.
- 2: Then he reads from a report on your barrack. It is thorough. It names women and what they said. Your name is missing where it ought to be. "The person who wrote this was careful about you," he says. "I wonder why." # speaker: orlov
- 3: "And you handed one of our people to the rebels' security," he says. "She told us who it was. We look after our people, Kovalchuk, when we can." # speaker: orlov
}
"Here is how it is," Orlov says. "There will be a new case for all of this. For some of you it means a new term on top of the old one, and a camp in the far north where nobody has heard of a commission." # speaker: orlov
"Your brother is on a list for the east. Lists are made by people. People can change them." # speaker: orlov
"I am not asking for anything I do not know already. I want to hear you say it. Who stood in front. Who made things in the workshops. Who gave the orders in your barrack." # speaker: orlov
The tea has gone cold in its glass. Outside the window a truck goes by, full of men.
+ [Say nothing. Look at the glass of tea. #vote: interrogation/silence]
    ~ did_tell = 1
    You say nothing. You look at the tea and the light in it. He asks again, and again, more quietly each time.
    At last he closes the folder. "As you like," he says. He writes one short line, and you will never know what it says. # speaker: orlov
+ [Tell him harmless things, what anyone could tell him. #vote: interrogation/harmless]
    ~ did_tell = 2
    You tell him about the soup, the concerts in the canteen, the newspaper on the wall with its caricatures. Things the whole steppe saw. # fact: culture # fact: wall_newspaper
    He writes it all down. He knows you are giving him nothing, and he lets you. That frightens you more than shouting would.
+ [Give him names. #vote: interrogation/names]
    ~ did_tell = 3
    He makes it easy. He says the names; you only have to nod. The woman who kept the stones by your barrack door. A man from the workshops whose name you only half knew.
    You nod. Then again. Orlov writes. "Thank you," he says, and he means it, and that is the worst of it. # speaker: orlov
- -> lists

=== lists ===
# act: aftermath
# date: 1954-07-10
# time: day
# place: gate
# scene: transport
# beat: dispersal
# intensity: 2
The commission is gone, all of it. Every member was arrested, people say, in the first days. # fact: arrests_436
~ temp shipped = false
{
- ch5_hospital:
    ~ shipped = did_tell == 1 and risk_seen >= 2
- else:
    ~ shipped = did_tell != 3 and (risk_seen >= 2 or know_halyna == 3 or did_tell == 1)
}
It was said that Kuznetsov began writing for the investigators within two days of his arrest, page after page, and that he put the blame on the secret Center. # fact: kuznetsov_confession
Every few days a list is read at the vakhta, and the people on it go out through the gate with their bundles. # term: vakhta
Then comes the longest list: an etap, a whole train going east, to Ozerlag and to Kolyma. Five hundred women, people said, and five hundred men. # fact: dispersal_1000 # term: etap
Word comes from the men's side that Andriy's name is on their list. {did_marry:Your husband.|}
Petro's name is on it too. {did_find_petro:You found him in May, and now he is counted out.|You have not seen him since your trial, and now his name goes east among strangers.}
{did_tell == 3:
    Orlov promised. Petro's name is on the list all the same.
}
{shipped:
    Then your own number. The soldier reads it twice, stumbling on the letter in front of it. You are going east too.
}
+ {shipped} [Give Ona the towel you embroidered at home, with the red thread.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    She folds it small and puts it inside her dress. She does not say goodbye. In her family, she told you once, nobody says it to people they mean to see again.
+ {shipped} [Walk to the gate without looking back.]
    If you look back, you will not be able to walk. So you do not. Behind you someone says your name, in Ona's voice or someone else's.
+ {not shipped and did_tell == 3} [Tell Ona the truth when she asks what you told him.]
    You tell her. Ona is quiet for a long time.
    Then she moves her bowl along the plank, so there is room for yours. She does not say she forgives you. She is not the one who could.
+ {not shipped and did_tell == 3} [Tell Ona you said nothing.]
    ~ trust_ona = MAX(trust_ona - 1, 0)
    She nods. That night the woman who kept the stones is taken from the barrack, and after that Ona does not ask you anything at all.
+ {not shipped and did_tell != 3} [Go to the wire to watch the column leave.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You find Andriy's back in the column and call his name. He lifts one hand above his head without turning, and keeps it there until the gate.
+ {not shipped and did_tell != 3} [Stay in the barrack with Ona.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You cannot watch it. You sit on Ona's bunk while she mends a stocking, and you hold the other end of the thread.
- ~ temp next = -> ending_quiet
{
- did_tell == 3:
    ~ next = -> ending_named
- shipped:
    ~ next = -> ending_dispersed
- ch5_hospital:
    ~ next = -> ending_hospital
- did_marry:
    ~ next = -> ending_letters
}
~ ch5_hospital = false
-> next
