// Fyodor, chapter 5: the steppe, the photographs, Orlov's interrogation, the lists. 26 June to July 1954.
// Entry: fyodor_steppe (from fyodor_ch4_assault.ink). Exits: Fyodor's personal endings in fyodor_epilogues.ink.
// Sets did_tell (silence / harmless things / names). Nudges risk_seen, trust_mykola, trust_dudin (MIN/MAX).
// Reads did_dawn, did_post, did_teach, know_leaflet, risk_seen, trust_mykola, trust_dudin.
// No chapter-local variables. Who is picked out on the steppe is not stored: it is risk_seen >= 2.
// The route to the endings (in fyodor_lists), in this order:
//   did_tell == 3                                                  -> ending_fyodor_named
//   risk_seen >= 2 and did_post != no_post                         -> ending_fyodor_tried
//   risk_seen >= 2 or did_teach == 2 or know_leaflet == 3          -> ending_fyodor_east
//   otherwise                                                      -> ending_fyodor_stayed
// Orlov says of Kuznetsov's confession only what the fact kuznetsov_confession says.

=== fyodor_steppe ===
# act: aftermath
# date: 1954-06-26
# time: day
# place: steppe
# scene: steppe_after
# beat: aftermath
# intensity: 2
By the time the sun is above the wall, every man who can walk is being marched out through the gate, past soldiers who line both sides of the road. # fact: aftermath_lying
Out on the steppe, beyond the wire, they make you lie face down with your arms stretched out, and then they leave you there for hours. # fact: aftermath_lying
The ground smells of wormwood and hot dust, and somewhere to your left a lark goes up and sings as though nothing had happened.
Dudin lies on one side of you, breathing through his mouth, and Mykola lies on the other, {trust_mykola >= 2:so close that his little finger touches yours in the grass.|close enough to touch, but with his face turned from you.}
Somewhere behind you Red Zhora is telling the ground a long story in thieves' slang, until a soldier kicks the sole of his boot.
Officers walk slowly along the rows: one carries a folder of photographs taken at the prisoners' meetings, and another carries lists made from informers' reports. # fact: aftermath_lying
{
- did_post == clerk:
    At half the meetings you sat at the commission's table with the minutes. Any photograph of those meetings will have your face in it, bent over the paper. # term: commission
- did_post == defence:
    The men of the military department are easy to find in a photograph of a meeting, because they stood around the edges, facing the crowd instead of the speakers.
}
{did_dawn == at_barricade:
    Your knuckles are raw from the stones of the barricade, and you notice that the officers are looking at hands.
}
{
- trust_mykola >= 2:
    Mykola whispers in Ukrainian, and then again in Russian so that you will understand: "If they ask about me, Captain, say whatever keeps you alive, but say nothing about the others." # speaker: mykola
- trust_mykola == 1:
    Mykola whispers without turning his head: "Whatever you are going to do, Captain, do it quietly." # speaker: mykola
- else:
    Mykola says nothing to you at all, and you are not sure whether that is a warning or a judgement.
}
Dudin lifts his face an inch from the dust. "I am going to stand up and tell them that the Party men here kept order and kept the law, and you must stand up with me, Fedya," he whispers. # speaker: dudin
+ [Stand up with Dudin and tell the officer you kept order for the commission, within the law.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    ~ trust_dudin = MIN(trust_dudin + 1, 3)
    You stand up beside the old man. The rows of heads below you are very still while you give your rank, your old regiment and your reasons.
    The officer with the folder hears you out, writes down both your numbers, and tells you both to lie down again. # term: prisoner_number
    "You see, they listen," Dudin whispers into the dust, but you are not sure what they heard. # speaker: dudin
+ [Keep your face in the dust and hold Dudin down by his sleeve.]
    ~ trust_dudin = MAX(trust_dudin - 1, 0)
    You hold his sleeve until he stops pulling. "You too, then," he says, and nothing else, and that is worse than if he had cursed you. # speaker: dudin
+ [Hook your little finger round Mykola's in the grass, and stay down.]
    ~ trust_mykola = MIN(trust_mykola + 1, 3)
    Mykola's finger hooks back, while Dudin stands up alone and an officer writes down his number and tells him to lie down again.
-
{risk_seen >= 2:
    In the afternoon the officer with the folder stops by your hands, looks at a photograph, and reads your number off the patch on your back. # fact: prisoner_numbers
    They take you to a group beside the trucks, men whose faces are in the folder, and nobody there looks at anybody else.
    -> fyodor_interrogation
}
At dusk they let you stand up and march you back into the zone, past the place where the barricade was, which is only a heap of stones now. # term: zona
-> fyodor_barrack_after

=== fyodor_barrack_after ===
# act: aftermath
# date: 1954-06-28
# time: day
# place: men_zone
# scene: barracks
# beat: aftermath
# intensity: 2
The barrack has been searched: the mattresses are slit, the straw lies on the floor, and a slogan board from over one of the doors lies under the bunks with a boot print across the word "Soviet". # fact: slogans
{did_post == clerk:
    Whatever was left of the commission's papers is gone, and so is the pen you wrote them with.
}
Lena's last letter is gone from your breast pocket. Somewhere between the dawn and the steppe someone turned out your pockets and kept it, and you feel for it twice before you believe it.
When the balanda comes, you eat it because it comes, and nobody in the barrack talks about the morning. # term: balanda
Two days later a soldier comes to the door with a paper: Captain Orlov wishes to see prisoner Zimin.
-> fyodor_interrogation

=== fyodor_interrogation ===
# act: aftermath
# date: 1954-06-30
# time: day
# place: interrogation_room
# scene: interrogation
# beat: interrogation
# intensity: 2
{risk_seen >= 2:You spend four days locked in a barrack by the gate with the men from the trucks before your turn comes.|The soldier at the door of the staff building reads your paper twice before he lets you in.}
The room holds a table, a glass of tea in a metal holder and a window full of steppe, and it smells of tobacco and floor polish.
Captain Orlov is young for a captain, with ink on his second finger and the red eyes of a man who has not slept. At his age you were a captain too, and you notice such things.
"Zimin, Fyodor Ilyich: captain of artillery, a Party member from the front, expelled, and a letter about the villages of East Prussia," he reads, turning a page. "A good war, Zimin, and a foolish letter." # speaker: orlov
"You were one of the few former Communists whom Kuznetsov asked to help him keep order," he says. # speaker: orlov # fact: kuznetsov_soviet_line
He puts a thick sheaf of paper on the table. "Less than two days after his arrest, your chairman gave us this: some forty pages, written in his own hand," he says. # speaker: orlov # fact: kuznetsov_confession
{did_post == clerk:
    You know that hand, because for weeks you copied it out fair: the demands, the minutes, the careful loyal sentences.
}
Orlov reads aloud that in his confession Kuznetsov writes that he never accepted the Center as legitimate, and that he stood against its decisions. # fact: kuznetsov_confession # fact: the_center # term: center
You think of the chairman in the canteen on the evening of the talks, reading out the demands to the crowd. You do not know whether this is a lie he is telling now or a truth he kept from you then. # fact: negotiation_may27
"They put a Russian at the front, so that it would all look Soviet," Orlov says. "And you were part of the curtain, Zimin." # speaker: orlov # fact: commission_russian_head
Some historians will later read the evidence in a similar way: the Ukrainian-led Center wanted a committee of many nations with a Russian at its head, so that the strike would not look anti-Russian or anti-Soviet. # fact: commission_russian_head # fact: the_center
{did_dawn == at_barricade:"And you were at the barricade by the gate, which several people saw," he adds.|"And you kept away from the barricades that morning, like a sensible man," he adds.} # speaker: orlov
"Now, Hrytsai, Mykola, who sleeps in the bunk next to yours, goes out at night," Orlov says, and he does not say it as a question. # speaker: orlov
{know_leaflet:
- 0: "Where did he go, and what did he carry?" he asks, and you do not know, because you never asked; now you are not sure whether that was loyalty or only good manners. # speaker: orlov
- 1: He lays a creased sheet on the table: the leaflet from your barrack, the one you knew about and let go, which went over the wire under a kite and came down in a garden in the settlement. # fact: leaflet_kites
- 2: "There was talk of a leaflet in your barrack, but we never found one," he says, and you know why: you talked Mykola out of it, on a night that seems a year ago. # speaker: orlov
- 3: "And you went to Kuznetsov about a leaflet, which was a loyal thing to do," he says, without telling you how he knows, and you understand that he wants you to wonder. # speaker: orlov
}
{did_teach == 2:
    "Kuznetsov reports that young people were turning sulphur and film into explosives in barrack 3 of lagpunkt 1," he says, "so tell me, who taught the boys in your section to throw them? An artilleryman, I think." # speaker: orlov # fact: kuznetsov_weapons_report # term: lagpunkt
}
{did_teach == 1:
    "Your barrack had few wounded, because the men lay flat, and someone must have taught them that," he says, as though he found it interesting rather than criminal. # speaker: orlov
}
Then he lays Lena's letter on the table, the one from your breast pocket, smoothed flat. "Your daughter writes a beautiful hand," he says. "She is twelve, and one day there will be an institute to get into, and a form to fill in about her father." # speaker: orlov # fiction: Lena's age
"Help me, and I will write that you helped. A man who helps can ask for his case to be reviewed, and you believe in reviews, Zimin, I can see it in your face." # speaker: orlov
The tea has gone cold in its glass, and outside the window a truck full of men goes by.
+ [Say nothing about Mykola. Say only that you have nothing to add to the file. #vote: fyodor_interrogation/silence]
    ~ did_tell = 1
    "I have nothing to add to your file, citizen captain," you say, and it is the first time in your life that you have refused an officer of the state. # speaker: fyodor
    Orlov asks again, and then again, more quietly each time, and at last he writes one short line and blots it.
+ [Tell him the truth that is on your side: the slogans, the equal rations, the lawful demands. #vote: fyodor_interrogation/lawful]
    ~ did_tell = 2
    You tell him everything that was lawful: the slogans over the doors, the equal rations that gave the trusties nothing extra, and the demands read out in the canteen to the Moscow generals. # fact: slogans # fact: food_equal_rations # fact: demands_27may # term: pridurok
    He writes it all down politely, the way a doctor writes down what a patient believes about his own illness.
+ [Give him Mykola's name, and the nights he went out. #vote: fyodor_interrogation/name]
    ~ did_tell = 3
    You tell yourself that it is the law, and that Kuznetsov has already said more than you ever could.
    You say the name, and the nights you woke to find his bunk empty, and the direction he took across the zone.
    Orlov writes it all down and thanks you, and you notice that he does not look surprised.
- -> fyodor_lists

=== fyodor_lists ===
# act: aftermath
# date: 1954-07-10
# time: day
# place: gate
# scene: transport
# beat: dispersal
# intensity: 2
The commission is gone, because every one of its members has been arrested, people say. # fact: arrests_436 # term: commission
The evening before the first list is read, you are back on your own bunk, and Dudin sits down on the edge of it with his hands on his knees, the way he sat on the night the tanks came.
"What did you tell him, Fedya?" he asks. # speaker: dudin
+ [Tell Dudin exactly what you said to Orlov.]
    {did_tell:
    - 1: "Silence looks like guilt to them," Dudin says with a sigh, "but it is your own silence, and you will be able to live with it." # speaker: dudin
    - 2: "That is what I told him too," Dudin says, nodding. "The truth is on our side, if anybody ever reads it." # speaker: dudin
    - 3: Dudin is quiet for a long time. "He would have found him anyway," he says at last, and you both know that he does not know that. # speaker: dudin
    }
    {did_tell != 3:
        ~ trust_dudin = MIN(trust_dudin + 1, 3)
    }
+ [Tell him nothing, and ask about his cough instead.]
    Dudin tells you about his cough at length, as if it were a report to the district committee, and he does not ask you again.
-
~ temp route = 0
{risk_seen >= 2 or did_teach == 2 or know_leaflet == 3:
    ~ route = 1
}
{risk_seen >= 2 and did_post != no_post:
    ~ route = 2
}
{did_tell == 3:
    ~ route = 3
}
Every few days a list is read out at the vakhta, and the men on it go out through the gate with their bundles. # term: vakhta
Then comes the longest list, an etap going east to Ozerlag and Kolyma: five hundred men, people say, and five hundred women. # fact: dispersal_1000 # term: etap
{did_tell != 3 and (know_leaflet == 1 or know_leaflet == 3):
    Mykola's number is on that list, and he hears it read with his hands in his pockets, as if it were the weather.
}
{route:
- 0: Your number is not read. You go on standing at the vakhta each time a list is read, until you understand that it will not be.
- 1: Then the soldier reads your number, stumbling on the letter in front of it, and you are going east too. # term: prisoner_number
- 2: They do not read your number at the vakhta. Instead they come for you at night with a list of their own{did_post == clerk:, and a folder of fair copies in your handwriting|, and the military department's roster with your name on it}.
- 3: Your number is not read, although each time you stand at the vakhta with your bundle tied, as if you expected it to be.
}
{route:
- 0: -> ending_fyodor_stayed
- 1: -> ending_fyodor_east
- 2: -> ending_fyodor_tried
- else: -> ending_fyodor_named
}
