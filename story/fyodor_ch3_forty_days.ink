// Fyodor, chapter 3 — the forty days (4–25 June 1954).
// The slogans and the radio, the kites, Mykola's leaflet, the loudspeakers and the towers,
// what to teach the squads (a classroom vote), and the quiet evening of 25 June.
// Sets: know_leaflet, did_teach, trust_mykola, trust_dudin, risk_seen.
// Reads: did_post, trust_mykola, know_leaflet, did_teach. No chapter-local variables.

=== fyodor_june ===
# act: forty_days
# date: 1954-06-04
# time: day
# place: men_zone
# scene: yard
# beat: forty_days
# intensity: 1
June comes in hot and white, and the dust settles on the bread, the bunks and the slogans over the barrack doors.
Over the canteen door, in red letters as tall as your hand, it says "Long live the Soviet Constitution!" # fact: slogans
The barrack doors answer it: "Long live Soviet power!", "Down with Beria's murderers!" and "We are for Soviet laws, but against those who twist them." # fact: slogans
Kuznetsov, the chairman of the prisoners' commission, had the slogans put up, and you believe every word of them. # fact: kuznetsov_soviet_line # fact: kuznetsov_chair # term: commission
Mykola reads them with his head on one side. "They are good slogans, Captain," he says, "but they are written for the guards, not for us." # speaker: mykola
The bosses cut off the power early in the strike. Now water from a tap turns a motor rebuilt as a generator, and it runs the camp telephones and the radio. # fact: electricity_cut # fact: hydro_generator
The radio speaks through loudspeakers made with the amplifiers of the camp's film projectors. # fact: radio_station
This morning the news is about your own lagpunkt: Makeev is no longer on the commission, and Semkin takes his seat for lagpunkt 3. The radio does not say why. # fact: makeev # fact: commission_members_list # term: lagpunkt
{
- did_post == clerk:
    At the headquarters you make the fair copy of the notice in the hand that once wrote firing tables, and since nobody at the table says a word about Makeev, you do not ask.
- did_post == defence:
    On your round of the military department's watch posts the men ask you what it means, and you tell them what you know, which is nothing.
- else:
    You have no post and no quarry to go to, so the men on the bunks ask you what it means, and you tell them you do not know.
}
In the afternoon Dudin brings you his newest petition, to the Central Committee. It is written in pencil on the back of an old sheet of the wall newspaper, and he asks for a clean copy in a steadier hand than his. # fact: wall_newspaper
But Mykola wants you at the concert in the canteen tonight, where a Ukrainian choir will sing and the men will put on a play of their own. # fact: culture
"You never listen to anything but the radio," Mykola says, "so come and hear some people for a change." # speaker: mykola

+ [Copy Dudin's petition.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You sit with Dudin on his bunk until dark and copy it out line by line, and when he writes "respectfully" four times, you cross out three of them.
    "Someone in Moscow reads everything," Dudin says, blowing on the ink, "and that is what Moscow is for." # speaker: dudin
    You want to believe it as much as he does. From across the yard comes the sound of the choir, and then a roar of laughter.
+ [Go to the concert with Mykola.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    The canteen is packed to the doors, and the choir sings songs from the Carpathians that nobody dared to sing aloud a month ago.
    Mykola sings with them, and between the verses he tells you the words in Russian: a girl, a well, and a soldier who does not come home.
    On the way back you pass Dudin's bunk, where the petition lies finished in his own hand, which looks like a fence after a storm.

- -> fyodor_kites

=== fyodor_kites ===
# act: forty_days
# date: 1954-06-08
# time: day
# place: men_zone
# scene: kites
# beat: forty_days
# intensity: 1
The wind has turned at last, and the kites go up over the wire toward the settlement, with bundles of leaflets tied under them for the free people to find. # fact: leaflet_kites
Who thought of the kites depends on who tells it, because some say that Chechen prisoners offered to build them, and others say that Knopmus of the commission brought the trick from the Norilsk camp. # fact: kites_makers # fact: knopmus # fact: norilsk_kites_link
Pigeons go up too, carrying leaflets, and beyond the wire, as it later came out, General Yegorov counts them in his reports. # fact: leaflet_pigeons
You watch the string and the dust on the road, and without meaning to you work out where the bundle will come down, because a gunner never loses the habit.
"Where will it land?" Mykola asks. # speaker: mykola
"Past the road, by the first houses, if the wind holds," you tell him. # speaker: fyodor
Mykola nods as if he were putting the answer away somewhere safe, as he often does.
"A priest from lagpunkt 2 married two of ours last night," Mykola says, "a Ukrainian girl and a Lithuanian boy, and neither of them speaks the other's language." # speaker: mykola # fact: marriages_religion
"In Yaroslavl we got married at the registry office," you say, "and it took ten minutes." # speaker: fyodor # fiction: his own wedding
"And look how long it lasted," Mykola says, and then he is sorry, and the two of you watch the kite. # speaker: mykola
-> fyodor_leaflet

=== fyodor_leaflet ===
# act: forty_days
# date: 1954-06-09
# time: night
# place: men_zone
# scene: barracks
# beat: personal
# intensity: 2
You wake near midnight to find Mykola's bunk empty and a line of light under the door of the drying room.
Inside, Mykola and two young men from the mountains sit round a lamp made from a tin, copying a sheet by hand.
You read the top copy over Mykola's shoulder, and it does not praise the Constitution.
It says that the Soviet state is a prison of peoples, that Ukrainians will never be Soviet people, and that the slogans on the doors are lies told for the guards.
Tomorrow it is to go up with the kites, hidden among the others. The young men stop writing and look at your face, a Russian face and a Party face.
"For once," Mykola says, "let there be one true sheet among all the polite ones." # speaker: mykola
You know what Kuznetsov has asked: that the barracks write nothing against Soviet power, and that the few former Communists, men like you, help to keep order. # fact: kuznetsov_soviet_line
You know what the bosses want, too. There is a rumour that they already tell the settlement the camp is run by bandits and prostitutes, and one sheet like this in a settlement garden would prove it for them. # fact: settlement_rumours
"Do you think they will read the polite ones and weep?" Mykola asks. "They will shoot us either way, so at least let them shoot us for what we really think." # speaker: mykola

+ [Go back to your bunk and say nothing. #discuss: honest_leaflet]
    ~ know_leaflet = 1
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    You go back to your bunk and lie with your face to the wall, and after a long while the light under the door goes out.
    In the morning the kites go up again, and you cannot tell which bundle carries what.
    "You sleep very soundly, Captain," Mykola says in the bread queue, "and I like that in a neighbour." # speaker: mykola
+ [Sit down and argue until he burns them. #discuss: honest_leaflet]
    ~ know_leaflet = 2
    You sit down on the bench between the young men and argue in a low voice, the way you once argued with a colonel over a map.
    "The truth is not the point tonight," you say. "The point is that the soldiers outside have no reason to come in, so do not give them one." # speaker: fyodor
    {
    - trust_mykola >= 2:
        Mykola listens to the end and then feeds the sheets into the stove one by one. "Not because you are right," he says, "but because it is you who asks." # speaker: mykola
    - else:
        ~ trust_mykola = MAX(trust_mykola - 1, 0)
        Mykola feeds them into the stove, but he does not look at you while he does it. "There," he says, "you have saved their Constitution for one more night." # speaker: mykola
    }
    The young men go out without a word, and you lie awake listening to Mykola breathe.
+ [In the morning, tell Kuznetsov. #discuss: honest_leaflet]
    ~ know_leaflet = 3
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_mykola = MAX(trust_mykola - 1, 0)
    You say nothing to them and go back to your bunk, where you do not sleep.
    {did_post == clerk: In the morning you are at the headquarters table anyway, with the fair copies.|In the morning you wait an hour outside the headquarters before a man at the door lets you in.}
    You tell the chairman what is being written, and where, but not who.
    That evening, without naming anyone, Kuznetsov asks the men of the barracks not to write leaflets against Soviet power. # fact: kuznetsov_soviet_line
    When you get back, the drying room is swept and cold, and Mykola is lying on his bunk with a book, turning the pages without looking up.

- -> fyodor_towers

=== fyodor_towers ===
# act: forty_days
# date: 1954-06-20
# time: night
# place: wall
# scene: wall
# beat: forty_days
# intensity: 2
All day the bosses' loudspeakers shout across the wire for the prisoners to come out to work, because the coal trains are standing unloaded. # fact: authority_broadcasts
They play games with Kuznetsov too: one day they announce that his release has been granted, and later that it has been cancelled. # fact: authority_broadcasts
Every day brings a new rumour that the miners at Rudnik have come out, that Spassk is up, or that the whole Steppe Camp is rising, and men believe each rumour for an hour. # fact: hopes_spread # term: steplag
Five days ago, as the files later showed, Minister Kruglov told Yegorov off for filling his reports with useless numbers, such as how many pigeons had been let go. Troops were coming by train, he said, with five T-34 tanks. # fact: kruglov_telegram_june15 # term: t34
Inside the wire nobody knows any of this. You do not believe the rumours, but at night you count the trains on the branch line, the way you once counted enemy guns by their flashes.
Tonight the camp radio speaks to the soldiers, and a prisoner asks them not to come into the zone and not to shoot. # fact: radio_to_soldiers # term: zona
Solzhenitsyn later wrote that at night prisoners went close to the towers and talked to the guards through megaphones. # fact: radio_programmes
Red Zhora is a young blatnoi from the spring transport, one of the thieves who were not on Kostya's truck. He has found a megaphone somewhere and will not say where, and now he holds it out to you, grinning. # term: blatnoi
"You talk nicely, Captain," he says, "so go and talk to the boy on the tower, soldier to soldier." # speaker: zhora
The boy on the nearest tower is younger than your gun crews were, and the searchlight rests on you like a heavy hand.

+ [Take the megaphone and talk to the soldier.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You tell him that you were a captain of artillery from the defence of Moscow to Königsberg, that the men in here are not bandits, and you ask him where he comes from.
    For a long time there is only the light, until a young voice says "Vologda," and the beam swings away.
    Zhora claps you on the back, and only then do you see the second man on the tower, writing something in a notebook.
+ [Give the megaphone back and walk away with Dudin.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    Dudin has come looking for you, and he takes your arm like an old man, although his grip is strong.
    "Talking to sentries is how a man gets a new charge," he says. "Leave it to the radio, Fyodor Ilyich, and leave it to the law." # speaker: dudin
    Behind you Zhora laughs and takes the megaphone to the wire himself, and you hear him asking the soldier whether his mother knows where he is.

- -> fyodor_squads

=== fyodor_squads ===
# act: forty_days
# date: 1954-06-21
# time: day
# place: workshop
# scene: workshop
# beat: forty_days
# intensity: 2
The camp has chosen to hold, and the military department builds in earnest. # fact: departments
Men pull the iron fittings off the doors and gather stones for the barricades; as Kuznetsov later reported, the Center had weapons made out of anything at hand. # fact: kuznetsov_weapons_report # term: center
In the workshop the fighting squads grind pikes on the wheel while sparks jump in the dusty light, and on the bench stands a row of tin cans: homemade grenades. # fact: pikes_grenades # fact: center_weapons
Kuznetsov later reported that some twenty young people were secretly turning sulphur and film into explosives in barrack 3 of lagpunkt 1, the women's section, and that he heard a blast there. # fact: kuznetsov_weapons_report # fact: kengir_lo3_structure
{
- did_post == defence:
    You have walked the military department's watch posts for weeks, and today its men stop asking you about watches.
- did_post == clerk:
    You came to the workshop with a list of orders to copy, but the squad leader takes the list out of your hand and keeps you there.
- else:
    Word has gone round the barracks that the quiet Russian on the corner bunk was a gunner, and the squad leader has sent for you.
}
"You were in the artillery," says the squad leader, a Ukrainian from your lagpunkt with a burnt hand, "so you know explosives, and you can teach us."
You do know explosives, and you also know tanks, because you have seen what a tank does to a trench and what the men in the trench do when one comes.
A tin of sulphur will not stop a tank. In the right hands it may frighten the soldiers behind it, and in the wrong hands it takes off the hand.
Dudin has followed you in. "Teach them nothing, Fedya," he says. "We should go back to work before this turns to blood, because Moscow has our demands, and the law needs time." # speaker: dudin
Mykola leans in the doorway. "If they come, they come anyway," he says, "and every day we hold out, Moscow has to think about us, so do not send men out with nothing in their hands." # speaker: mykola
The squad leader waits, and so does the boy behind him, with a pike taller than he is.

+ [Teach them to make and throw the grenades. #vote: teach_squads/grenades]
    ~ did_teach = 2
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    ~ trust_dudin = MAX(trust_dudin - 1, 0)
    You take off your jacket and show them how to pack the tins so that they do not go off in the hand, and how to throw from behind cover and drop flat at once.
    You make them practise with stones, over and over, until the youngest one stops shutting his eyes when he throws.
    Dudin goes out without a word, and when you leave, a boy with a pike calls you Comrade Captain, and for a moment you are back at the guns.
+ [Teach them to lie flat and take cover. #vote: teach_squads/cover]
    ~ did_teach = 1
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You move the tins off the bench into a corner, and then you teach them what kept you alive from Moscow to Königsberg.
    You show them where to lie when the shooting starts, how to keep their heads below the window sill, and why they must never run across open ground.
    "We asked for a gunner and got a nursemaid," the squad leader says, but by evening the youngest men can drop flat in a heartbeat, with dust on their chins.
+ [Refuse to teach them anything. #vote: teach_squads/refuse]
    ~ did_teach = 0
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    ~ trust_mykola = MAX(trust_mykola - 1, 0)
    "I served in the Red Army for four years," you say, "and I will not teach men to throw bombs at it." # speaker: fyodor
    The squad leader shrugs, because somebody else will teach them, somebody who knows less than you.
    "Then pray they find a worse teacher than you," Mykola says, and he goes. # speaker: mykola

- -> fyodor_eve

=== fyodor_eve ===
# act: forty_days
# date: 1954-06-25
# time: dusk
# place: men_zone
# scene: yard
# beat: eve
# intensity: 2
The evening is very still, and now that the wind has dropped, the dust hangs in the low sun like flour in a mill.
The bread is a thin slice now and the soup is mostly water, but it is the same for everyone. # fact: food_equal_rations
On this same day, as the archives later showed, two of the generals from the canteen on 27 May were decorated for long service: Dolgikh with the Order of Lenin, and Yegorov with the Order of the Red Banner. # fact: awards_june25 # fact: second_commission_members
In the yard two old men from your barrack play chess with pieces made of bread.
Years later, one survivor of these weeks would say that never, before or since, had they felt as free. # fact: freedom_testimony
{know_leaflet == 1: Mykola has said nothing more about the leaflet, and you have not asked, so you still do not know whether it flew.}
{know_leaflet == 2: Mykola has lent you a book again, a torn Gogol, which is the first thing he has given you since the night of the stove.}
{know_leaflet == 3: Mykola still talks to you politely about the weather, but he has not lent you a book since the night of the leaflet.}
{did_teach == 2: Your hands still smell of sulphur, however hard you scrub them.}
{did_teach == 1: In the corner of the yard two boys practise dropping flat, laughing at first, and then not laughing.}
{did_teach == 0: The boys from the workshop walk past you with their pikes and do not look at you.}
Lena's last letter is in your breast pocket, written before the strike. She is twelve, and she writes about her school and never about you. # fiction: Lena's age
You have been a captain, a Party man and a prisoner, and now you are something there is no word for yet.

+ [Write to Lena, a letter you cannot send.]
    You borrow a stub of pencil and write on the back of a ration list that you are well and that the summer is hot.
    Then you write, "Your father has done nothing to be ashamed of," and look at it for a long time, before you fold the paper very small and put it in your boot.
+ [Sit on the step with Dudin.]
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    Dudin talks about his village school and the boy who could multiply anything in his head, and neither of you talks about tomorrow.
    When it is dark he says, "Whatever happens, Fedya, we did it lawfully," and you cannot tell if it is a question. # speaker: dudin
+ [Share your bread with Mykola.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    You break your slice in two and hold out half, and Mykola looks at it, and then at you, and takes it.
    "My mother says you can know a man by how he breaks his bread," he says. "I will write and tell her about you, if they ever let me write." # speaker: mykola

- Near midnight you lie on your bunk and listen to an engine somewhere far off, which runs, and stops, and runs again.
The searchlights move across the ceiling, and back, and across.
-> fyodor_dawn
