// Fyodor Zimin's personal endings. Each follows him as far as it can, then tunnels into the shared
// grounded epilogue (kengir_epilogue, in epilogues.ink) and ends.
// Entered from fyodor_ch4_assault.ink (ending_fyodor_killed) and from fyodor_lists in
// fyodor_ch5_aftermath.ink (the rest), by the shared variables:
//   ending_fyodor_killed   at the barricade he called to the soldiers and would not come down (ch4)
//   ending_fyodor_named    did_tell == 3
//   ending_fyodor_tried    risk_seen >= 2 and did_post != no_post
//   ending_fyodor_east     risk_seen >= 2, or did_teach == 2, or know_leaflet == 3
//   ending_fyodor_stayed   everything else
// Reads know_leaflet, did_tell, did_teach, risk_seen, trust_mykola, trust_dudin.
// Fixed on every path: Dudin stays at Kengir and lives; Kuznetsov's fate is his real one (told in
// kengir_epilogue). Mykola's fate is invented: taken at night for a new case if Fyodor named him
// (did_tell == 3); otherwise sent east on the long list if his leaflet went out (know_leaflet == 1)
// or Fyodor reported it to Kuznetsov (know_leaflet == 3); otherwise he stays at Kengir.

=== ending_fyodor_killed ===
# act: epilogue
# date: 1954-06-26
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 2
# ending: ending_fyodor_killed
This is how Pavel Nikanorovich Dudin tells it, years later, in a letter to a girl in Yaroslavl whom he has never met.
"Dear Lena Fyodorovna, you do not know me, but for two years I slept on the bunk below your father's, and I promised myself that one day I would write to you." # speaker: dudin
"On the morning of the twenty-sixth of June your father was at the barricade by the gate. I was lying on the floor of our barrack, as I believed a sensible man should." # speaker: dudin # fact: assault_date
"Mykola Hrytsai, who slept beside him, told me the rest on the steppe, with his mouth in the dust. Your father climbed up on the stones. He called to the soldiers to hold their fire, because they were Soviet soldiers and we were Soviet people." # speaker: dudin
"He gave them his rank and his name. Mykola pulled at his boot, but he would not come down, and then the shooting began again, and he fell. Mykola says that it was quick." # speaker: dudin
"I do not know whether anyone heard him. I only know that he believed they would." # speaker: dudin
"They did not give us our dead, and when I asked where he was buried, an officer told me that it was none of my business, and I think that he was ashamed." # speaker: dudin
{trust_dudin >= 2:"He kept your letters under his mattress, and I took them before the search. I send them to you with this one, all but the last, which he carried in his pocket."|"I did not know him as well as I should have, because he was proud and so was I, and we argued about the law every evening as though we had all the time in the world."} # speaker: dudin
{know_leaflet == 1 or know_leaflet == 3:"Mykola was sent east that summer, to a camp whose name I never learned, and before he went he asked me to write to you one day, so now I have."|"Mykola stayed at Kengir with me and served his time quietly, and he says your father was the most stubborn man he ever met, which from a man of the Carpathians is praise."} # speaker: dudin
"I am sorry that I have nothing better to send you, but that is all I saw, and all I was told." # speaker: dudin
-> kengir_epilogue ->
-> END

=== ending_fyodor_tried ===
# act: epilogue
# date: 1954-11-24
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 1
# ending: ending_fyodor_tried
They took you away from Kengir by truck, one of the 436 people arrested after the assault, together with men who had worked for the commission. # fact: arrests_436 # term: commission
Through the autumn you sit in a prison cell that is always too hot or too cold.
You write complaints in the upright hand the army taught you, to the prosecutor, to the Supreme Court and to the Central Committee, and you number every page.
In November word comes along the pipes that the accused in the main case have complained about the way it was investigated, and that on 24 November the court in Karaganda sent it back for more investigation. # fact: trial_nov1954
For a week you believe in the law again, the way you believed in it at the front.
Your own case is a small one, and it ends the way small cases end, with a short hearing, a new term laid on top of the old one, and a transport to another camp.
In a transit prison you hear, from a man who heard it from a guard, that in August 1955 the Supreme Court of the Kazakh republic sentenced Kuznetsov. # fact: trial_aug1955
You think of the man at the canteen table reading out the demands, and you do not know what you feel, so you do what you always do: you write it down, and then you cross it out.
Lena's letters find you late and in bundles, and as she grows older her handwriting stops being careful.
{know_leaflet == 1 or know_leaflet == 3:Dudin writes that Mykola went east on the long list, and that before he went he left his Russian grammar for you, with notes in Ukrainian in the margins.|Dudin writes that Mykola is still at Kengir, working in the quarry and laughing at the same old jokes.}
{trust_dudin >= 2:Dudin writes to you in every camp, in the round hand of a village teacher. He copies out the guards' notices for you, spelling mistakes and all, so that you can laugh at them together.|After the first letter Dudin stops writing, and you do not blame him, because a letter to a man with a new case is a risk for an old man who has been arrested twice.}
You are released some years later, on a paper that uses long words to say that you should not have been there at all, and you go home to Yaroslavl on a slow train.
You stand a long time by the gate of your daughter's school, not sure that you will know her. Then a tall girl stops on the steps and looks at you the way you look at a sum you have checked twice.
-> kengir_epilogue ->
-> END

=== ending_fyodor_east ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: transport
# scene: transport
# beat: epilogue
# intensity: 1
# ending: ending_fyodor_east
The Stolypin wagon has one small barred window high up, and the men take turns standing beneath it to breathe. # term: stolypin
{
- did_teach == 2:
    Orlov only guessed it, but an artilleryman who teaches boys to throw grenades is a man the lists remember.
- know_leaflet == 3:
    Perhaps it was the leaflet, because a man who goes to the chairman with a report is a man whose name gets written down somewhere.
- else:
    Your face was in the officer's folder, and that was enough.
}
{did_tell == 1:You gave Orlov nothing, and you will never know whether it made any difference.|You gave Orlov only the truth that was on your side, and he wrote it all down, and your number was read all the same.}
The train travels east for many days, toward Ozerlag or Kolyma, where the prisoners from Kengir are being sent, some to one and some to the other. # fact: dispersal_1000
{
- know_leaflet == 1 or know_leaflet == 3:
    Mykola is in the same wagon, and {trust_mykola >= 2:on the second day he gives you half of his bread and teaches you the Ukrainian words for the birches going past.|he sits at the far end with the Ukrainians, until on the third day he comes over and offers you his tobacco.}
- else:
    Mykola stayed behind at Kengir. As your column went out past the vakhta, he stood by the wire and lifted one hand, and he kept it up until you were through the gate. # term: vakhta
}
Your new camp stands in the forest, with mosquitoes instead of dust and a foreman who has never heard of Kengir, and nobody there asks what you did in June.
Your first letter to Lena from the new camp takes a long time to reach her, and she answers it with a drawing of the Volga, because, she writes, you must be missing it.
Like most of the people on that train, you are free before the decade is out. # fact: dispersal_1000
You go home to Yaroslavl. Nina has married a kind man who mends looms, and she makes you tea.
Lena is taller now than her mother, and she watches you across the table as if you were a word she once knew how to spell.
-> kengir_epilogue ->
-> END

=== ending_fyodor_named ===
# act: epilogue
# date: 1954-07-12
# time: night
# place: men_zone
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_fyodor_named
Orlov keeps his side of the bargain as far as it goes: nobody comes for you, and your bundle stays under your bunk.
They come for Mykola on the second night, quietly, with a lantern, and he gets up before they touch him, puts on his boots and folds his blanket square.
At the door he looks back once along the bunks, and you will never know whether he was looking at you or only at the place where he had slept.
{know_leaflet:
- 1: The leaflet he wrote, which you let go, was in Orlov's folder too, and you will never know which of the two papers weighed more.
- 2: You had talked him out of the leaflet, and so there was no paper against him, only your voice.
- 3: You went to the chairman once about the leaflet, without a name, and to the captain once with a name, and both times it seemed the loyal thing to do.
- else: You had never known what he carried, and you told Orlov only what you had seen: an empty bunk, the nights, and the direction he took.
}
Later you hear that he was given a new term in a new case and sent to a prison in the north, and after that you hear nothing for a long time.
Nobody in the barrack says anything to you, but when you sit down to your balanda, the place beside you on the bench stays empty, and nobody fills it. # term: balanda
{trust_dudin >= 2:Dudin goes on sitting with you in the evenings, and he never speaks of Orlov again, and once, when you begin to, he puts his hand on yours and says that he is too old to carry one more thing.|Dudin moves to a bunk at the far end of the barrack, saying that the air there is better for his cough.}
When you go home to Yaroslavl in the end, Lena asks what the camp was like, and you tell her about the larks over the quarry.
Years later, in a queue in the market, you hear a man laugh the way Mykola used to laugh, and you leave the queue before you can see his face.
-> kengir_epilogue ->
-> END

=== ending_fyodor_stayed ===
# act: epilogue
# date: 1954-07-20
# time: dusk
# place: men_zone
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_fyodor_stayed
So you stay at Kengir with the men who are left, in a camp that grows quieter every week.
That summer the rules are eased: the working day is cut to eight hours, and the limits on letters are lifted. # fact: reforms_1954
So one evening you sit on your bunk with a stub of pencil and a sheet of lined paper. For the first time since your arrest, you write to Lena without counting how many letters you are allowed.
You begin with the law, the way a Party man begins, and cross it out; you begin with the uprising, and cross that out too, because you do not yet know what to call it.
In the end you write about the larks over the quarry, and about an old village teacher on the bunk below who still says "comrades" by mistake. You ask if she still counts the stairs up to the flat, as you taught her.
{
- know_leaflet == 1:
    Mykola went east on the long list, and he left you his Russian grammar, with notes in Ukrainian in the margins that you cannot read.
- else:
    On the next bunk Mykola reads your letter upside down and tells you that you write to your daughter like a quartermaster. {trust_mykola >= 2:Then he tells you how he would say it, and you write that down instead.}
}
{trust_dudin >= 2:Dudin reads it over for spelling, as a teacher would, and finds nothing to correct, and then he says, which is the highest praise he knows, that a child could read it.|Dudin watches you write from his own bunk, and says nothing, and goes to sleep early.}
Her answer comes in August, and it is the first of her letters that runs to more than a page, because she has stopped writing carefully.
-> kengir_epilogue ->
-> END
