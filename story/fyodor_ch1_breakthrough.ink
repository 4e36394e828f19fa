// Fyodor's chapter 1: the breakthrough, 16–25 May 1954, seen from men's lagpunkt 3.
// The three nights, the shooting in the service yard, the first commission, the blank wall,
// the staff driven out.
// Shared variables set here: trust_mykola, trust_dudin, risk_seen (capped at 2 in this chapter).
// Chapter-local (reset when the chapter ends, so that paths merge):
VAR fch1_kostya = false
// he brought Kostya in out of the service yard on the third night (Kostya remembers it on 23 May)

=== fyodor_breakthrough ===
# act: breakthrough
# date: 1954-05-16
# time: night
# place: men_zone
# scene: barracks
# beat: breakthrough
# intensity: 2
On Sunday night nobody comes to lock the door, and you lie on your shelf listening for the key while the whole barrack listens with you.
Most histories date the uprising from this night, Sunday, 16 May 1954. # fact: uprising_start_date
Toward midnight the thieves go out, and you hear them in the passage: soft boots, a laugh cut short, and something long and heavy carried between two men.
Kostya puts his head round the door, his steel tooth catching the light from the stove.
"We're going across the khozdvor to the women's zone, Captain, to take down the bosses' walls," he says. "Are you coming, or do officers wait for orders?" # speaker: kostya # fact: breakthrough_three_nights # term: khozdvor # term: zona
"Fedya," Dudin whispers from the shelf below, "in thirty-seven I learned one thing: on a night like this, stay where they expect to find you." # speaker: dudin # fiction: the year of Dudin's first arrest
You stay on your shelf, but you do not sleep, and you read the night the way you once read a front line.
A whistle blows from a watchtower, and a flare hangs white over the roofs.
Then comes the thud of a beam against mud brick and the shouting of a great many men, but from your shelf you hear no shots, not yet.
Mykola's shelf is empty too, and just before dawn he slips back in with grey dust in the seams of his jacket and lies down without a word.
-> fyodor_second_night

=== fyodor_second_night ===
# act: breakthrough
# date: 1954-05-17
# time: night
# place: men_zone
# scene: yard
# beat: breakthrough
# intensity: 2
On Monday the warders stuff the hole with planks, and by Monday night it is open again, and wider. # term: nadziratel
This time the thieves are not alone: Ukrainians go, and Lithuanians, men with sisters, wives and sweethearts on the other side, who lay awake last night listening and will not lie awake again. # fact: breakthrough_three_nights
You stand in the barrack doorway with your hands in your sleeves and watch them go, until Mykola passes with his cap pushed back on his head.
"Come and look, Fedir," he says. "Once in your life, come and see people who are not afraid." # speaker: mykola
You have nobody on the other side, because Nina is in Yaroslavl and no longer your wife, and Lena is asleep under the map of the Soviet Union you once pinned over her bed.
So you watch the towers instead, because somebody should, and you notice that the warders who walk the men's zone every night are nowhere to be seen.
At the front, when the enemy pulled his sentries back, it meant he was clearing the ground for his guns. This is not the front, you tell yourself.
Toward dawn the men come back, and this time the warders leave the hole open and watch it from a long way off.
-> fyodor_third_night

=== fyodor_third_night ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: men_zone
# scene: yard
# beat: breakthrough
# intensity: 2
On the third night nobody hides any more: men walk to the service yard openly, as if they were going to a fair, and from beyond it comes the sound of singing. # fact: breakthrough_three_nights
Mykola stops in front of you with his cap in his hand.
{trust_mykola >= 1:"Tonight you come," he says.|"I know you talk to Dudin," he says, "so I will ask you in front of him: come tonight."} "There are men over there who need someone who knows what soldiers do." # speaker: mykola
Dudin has hold of your other sleeve. "Stay, Fedya," he says. "When it starts, somebody must keep these boys on their shelves, and you are the one they will listen to." # speaker: dudin
You look up at the towers, where the searchlights have stopped sweeping the zone and are simply waiting.
+ [Go with Mykola to the service yard.]
    ~ trust_mykola = MAX(trust_mykola, 2)
    ~ risk_seen = MAX(risk_seen, 1)
    -> fyodor_service_yard
+ [Stay, and keep the barrack calm with Dudin.]
    ~ trust_dudin = MAX(trust_dudin, 2)
    -> fyodor_barrack_night

=== fyodor_service_yard ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: service_yard
# scene: yard
# beat: breakthrough
# intensity: 3
The service yard is crowded with men among the workshops, the woodpiles and the carts, and women have come through the broken wall to meet them. # fact: breakthrough_three_nights
Out of old habit you keep your back to a cart, and so you see the soldiers before anyone else does.
They come in from the far side, a file of men with submachine guns held low, and an officer's arm goes up; according to Formozov, who later studied the documents, this was the night of 18 May. # fact: shooting_may_casualties
"Down!" you shout, in the voice from the war. "Everybody down, flat on the ground!" # speaker: fyodor
Some of them hear you, but most do not. Then the guns open up in short, flat bursts, and the crowd in front of you breaks, and falls, and runs.
You are face down in the dust with your hand on the back of a stranger's neck, holding him down, and some part of you is still counting the bursts: short ones, and not into the air.
Then it stops, and in the quiet somebody starts to call a name, over and over.
By the woodpile Kostya is sitting in the open, holding his leg and laughing in a high, strange way, although the soldiers are still at the far gate.
A few steps away Mykola is on his knees beside a boy from your brigade, trying to lift him on his own.
+ [Crawl to Kostya, and drag him behind the woodpile.]
    ~ fch1_kostya = true
    You go on your elbows, the way you learned under fire, and take Kostya by the collar and pull.
    He is lighter than he looks, and behind the woodpile he stops laughing and stares at the blood on his trouser leg as if it belonged to someone else.
    "A political saving a thief," he says. "Nobody will believe it, but I owe you, Captain, and thieves pay their debts." # speaker: kostya
    When you look back, other men have reached Mykola, and he does not look your way.
+ [Go to Mykola, and help him carry the boy.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    You take the boy's legs and Mykola takes his shoulders, and together you carry him through the broken wall to the women's sick bay, where a lamp is lit.
    An Estonian doctor with her sleeves rolled up points at the floor, because the beds are full, and a young woman holds a lamp over the doctor's hands without saying a word.
    The boy is still breathing when you leave him, and on the way back Mykola says, "You came, Captain, and I will not forget it." # speaker: mykola
    When you pass the woodpile, Kostya is gone; somebody has carried him off.
- -> fyodor_ceasefire

=== fyodor_barrack_night ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: men_zone
# scene: barracks
# beat: breakthrough
# intensity: 3
You keep the door with Dudin while the barrack lies on its shelves pretending to sleep, until toward midnight the singing beyond the service yard stops in the middle of a word.
Then comes a sound you know from the war, submachine guns firing in short bursts; according to Formozov, who later studied the documents, soldiers with submachine guns had come into the service yard. # fact: shooting_may_casualties
You count the bursts without meaning to, and every man in the barrack is sitting up now.
A boy from the Lithuanian brigade is at the door with his boots unlaced, saying that his sister is over there, saying that you must let him through.
Dudin looks at you, and then everyone in the barrack is looking at you.
+ [Hold the door. Nobody goes out into that fire.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You put your back to the door. "When it stops, we go, and not before," you say. "Dead men carry nobody." # speaker: fyodor
    The boy hits you once in the chest, not hard, and then he sits down on the floor and cries.
    When the firing stops you go out with him yourself, and his sister is alive, and you never learn whose sisters were not.
+ [Tear a blanket for a stretcher, and go out with the boy.]
    ~ fch1_kostya = true
    ~ risk_seen = MAX(risk_seen, 1)
    You go out low along the barrack wall with the boy and a blanket, the way you once went out for wounded gunners, and by the time you reach the service yard the firing has stopped.
    Just inside, Kostya is sitting in the dust holding his leg, and you roll him onto the blanket and carry him back between you.
    "A political carrying a thief," he says through his teeth. "Nobody will believe it, but I owe you, Captain." # speaker: kostya
    At the corner of the barrack a warder's lantern finds your face and stays on it a moment too long.
- -> fyodor_ceasefire

=== fyodor_ceasefire ===
# act: breakthrough
# date: 1954-05-18
# time: night
# place: men_zone
# scene: barracks
# beat: breakthrough
# intensity: 2
Later you hear that Colonel Konovalov, the head of the MVD for the Karaganda region, ordered the guards to stop shooting. You never see him. # fact: ceasefire_konovalov # term: mvd
Toward morning you sit on the barrack step and write it all down, because you cannot stop yourself. You note the time, the direction of the fire, the number of bursts, and what the men who were in the yard tell you.
It comes out like a report to a staff officer, and when you read it through you hardly recognise your own hand.
-> fyodor_first_commission

=== fyodor_first_commission ===
# act: breakthrough
# date: 1954-05-19
# time: day
# place: men_zone
# scene: yard
# beat: first_commission
# intensity: 1
By morning every barrack has its own count of the dead.
The sources gathered since say that guards killed between 13 and 18 prisoners in the shootings of mid-May and wounded dozens more, but they disagree on the dates and the places. # fact: shooting_may_casualties
On Wednesday a government commission comes into the zone: Lieutenant-General Bochkov, a deputy head of the GULAG; Major-General Gubin, the interior minister of the Kazakh republic; and Samsonov, from the USSR prosecutor's office. # fact: first_commission_may19 # term: gulag # term: commission
You read the visitors as you would read any staff, from the good boots and the polite faces to the one who does the talking and the ones who write it down.
According to Formozov, the commission promised that the demands would be met, that gates would join the men's zones to the women's, and that nobody would be punished. # fact: may19_promises
"You see, Fedya?" Dudin says, and his eyes are wet. "Moscow came, and the law came with it." # speaker: dudin
"Moscow came in a car," Mykola says. "Let us see whether it leaves a gate behind." # speaker: mykola
Your pages are still inside your jacket. Dudin wants them to go to the commission before it drives away, but Mykola knows men who keep their own record of that night, and they do not hand it to generals.
+ [Give your account to the commission's men, signed, with your number under it. # discuss: trust_the_promise]
    ~ trust_dudin = MAX(trust_dudin, 2)
    ~ risk_seen = MIN(risk_seen + 1, 2)
    A young officer from the commission's staff takes the pages at the gate and reads the first lines, and then he looks at you hard, asks your number and writes it on the folder. # term: prisoner_number
    "Good," Dudin says. "Now it is on paper, and paper lasts." # speaker: dudin
    "Yes," Mykola says quietly, "that is what worries me." # speaker: mykola
+ [Give it to Mykola, unsigned, for the men who keep their own record. # discuss: trust_the_promise]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    Mykola reads it through twice, his lips moving over the figures, and then he folds it into his boot.
    "This is better than anything we have," he says, and the word "we" hangs in the air between you. # speaker: mykola
    Dudin watches the pages go and says nothing, which from Dudin is a great deal.
- -> fyodor_blank_wall

=== fyodor_blank_wall ===
# act: breakthrough
# date: 1954-05-23
# time: dusk
# place: wall
# scene: wall
# beat: walls_rebuilt
# intensity: 2
According to Formozov, the prisoners went back to work for three days after the promise, and you go with your brigade, because a promise made in front of everyone must be worth something. # fact: may19_promises
On the way back from the quarry, trucks pass the column going the other way, with men under guard in the back. According to Formozov, that day the camp shipped out 421 ordinary convicts and built the broken walls up again. # fact: walls_rebuilt_may23
{fch1_kostya:
    In the last truck a man stands up on his good leg, and it is Kostya, shouting across the road: "Captain! The debt stands, and thieves pay!" # speaker: kostya
- else:
    In the last truck sits Kostya, who grins at the column with his steel tooth and salutes like a general until a soldier pulls him down.
}
Inside the zone the wall is whole again, fresh adobe still dark with water and straight as a ruler, and where the hole was there is no gate at all.
Years later Formozov would compare the bosses' lies to kerosene poured on hot coals, and at this wall you can feel the heat already. # fact: walls_rebuilt_may23
Men are already at the wall with rails and crowbars, and somebody is hitting it in the wrong place, high up, where the brick has dried.
Dudin takes your arm. "This is not a complaint any more, Fedya, it is mutiny," he says, "and you know what the law calls that." # speaker: dudin
{trust_mykola >= 2:Mykola is at the wall with a crowbar, and he looks back at you once, and you know that he is waiting for you.|Mykola is at the wall with a crowbar, and he does not look back.}
+ [Take a rail, and show them where to strike: low, where it is still wet.]
    ~ trust_mykola = MAX(trust_mykola, 2)
    ~ risk_seen = MIN(risk_seen + 1, 2)
    You take the rail from the man who is hitting high and set three men at the base. "Low, and together, on my word," you tell them. # speaker: fyodor
    The wet adobe gives like dough, and then all at once a block falls through, and there is light and shouting on the other side.
    On the tower a soldier has put down his rifle and picked up a pair of field glasses, and they are turned on the man who gave the orders.
+ [Stand back with Dudin. An officer does not join a mutiny.]
    ~ trust_dudin = MAX(trust_dudin, 2)
    You stand with Dudin by the barrack wall with your hands in your sleeves, and the wall comes down without you, as it was always going to.
    "Thank you," Dudin says quietly. "Afterwards someone will have to speak to them, Fedya, someone they can believe." # speaker: dudin
+ [Go to the vakhta, and demand in the law's name the gate that was promised.]
    ~ risk_seen = MIN(risk_seen + 1, 2)
    You walk to the vakhta alone, ask for the duty officer, and tell him through the little window, correctly and in full sentences, that a commission from Moscow promised a gate, and that the law is the law for both sides. # term: vakhta
    The lieutenant hears you out with a face like a shut door, asks your number, writes it down and closes the window.
    Behind you the wall comes down anyway, and you hear it go, like a tired man sitting down.
- That night nobody in the third lagpunkt sleeps, and nobody is waiting for a promise now. # term: lagpunkt
-> fyodor_staff_out

=== fyodor_staff_out ===
# act: breakthrough
# date: 1954-05-25
# time: day
# place: gate
# scene: gate
# beat: staff_expelled
# intensity: 2
It does not take long: within forty-eight hours the prisoners drive the whole camp staff out of the zone, the warders, the clerks and the men from the offices. # fact: authorities_expelled
Your barrack's warder goes out between two lines of prisoners with his eyes on the ground, a corporal who always counted twice because he never trusted his first count.
{risk_seen >= 2:You wonder whether your number is written in some book by now, and in how many.|You watch him go, and feel nothing that you could put a name to.}
When the gate shuts behind the last of them, somebody laughs and somebody starts to sing, and the sound runs through all three lagpunkts.
The prisoners call it the sabantuy, a Tatar word for a feast day; it is said that General Bochkov first used the word to mock them, and the prisoners have kept it, the way soldiers keep a nickname the enemy gave them. # fact: sabantuy # fact: sabantuy_origin # term: sabantuy
Dudin sits on the barrack step with his hands between his knees.
"Now someone must be responsible, someone Moscow will talk to," he says, "or else it is only a riot, and riots end one way." # speaker: dudin
"Someone will be," Mykola says, and he does not say who will choose him. # speaker: mykola
By evening a rumour runs through the third, a story that Solzhenitsyn would write down years later: in those nights men also broke into the camp prison, and the prisoners held there walked out. # fact: prison_lagpunkt_freed
Among them, the rumour says, was a former officer called Kuznetsov. # fact: prison_lagpunkt_freed # fact: kuznetsov_solzh_bio
"A Russian," Dudin says, "and an officer, like you, which is good." # speaker: dudin
Mykola smiles at his boots and says nothing, and tonight nobody will lock any door.
~ fch1_kostya = false
-> fyodor_commission
