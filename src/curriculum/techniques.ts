import { recordById } from './by-id.ts';
import { TECHNIQUE_IDS, type TechniqueId } from './ids.ts';
import type { Technique, TechniqueSource } from './types.ts';

// The list items exactly as the seeds print them, so a test can find each one in its criterion's guidance.
const negotiating = (item: string): TechniqueSource => ({ criterion: 'MRC 1.3', item });
const conflict = (item: string): TechniqueSource => ({ criterion: 'MRC 1.4', item });
const handling = (item: string): TechniqueSource => ({ criterion: 'CS17 1.1', item });
const answerStructure = (part: string): TechniqueSource => ({
  synopsis: 'synopsis.exam-tip.answer-structure',
  part,
});

/**
 * The 18 techniques. One technique may come from several lists ("listen" is in three): a choice
 * is scored once against the technique, and the debrief can name every list it came from.
 */
export const techniques: Readonly<Record<TechniqueId, Technique>> = recordById({
  what: 'techniques',
  ids: TECHNIQUE_IDS,
  entries: [
    {
      id: 'know-the-goal',
      name: 'Know what has to be achieved',
      sources: [negotiating('Know what has to be achieved')],
      description:
        'Be clear what a fair outcome looks like for the customer and for the organisation before you start.',
      soundsLike:
        'What would put this right for you? If it’s a working cooker before the weekend, that’s what I’ll aim for.',
      conflictManagement: false,
    },
    {
      id: 'prepare',
      name: 'Prepare for the discussion',
      sources: [negotiating('Prepare for any discussion')],
      description:
        'Check the records, the order history and the policy first, so you come to the conversation with facts.',
      soundsLike:
        'I’ve got your order from the 3rd and the courier’s notes in front of me, so I can see what happened.',
      conflictManagement: false,
    },
    {
      id: 'be-confident',
      name: 'Be confident',
      sources: [negotiating('Be confident'), handling('Talk clearly and confidently')],
      description: 'Speak clearly and steadily, and stand behind what you can offer.',
      soundsLike:
        'Here’s what I can do today: I’ll replace the coat and send it out on next-day delivery at no charge.',
      conflictManagement: false,
    },
    {
      id: 'share-information',
      name: 'Share information',
      sources: [negotiating('Share information')],
      description:
        'Tell the customer what you have found and why, so they can see how you reached the options.',
      soundsLike:
        'Our system cancelled the engineer’s visit on the 12th without telling you. That was our mistake, not yours.',
      conflictManagement: false,
    },
    {
      id: 'listen',
      name: 'Listen',
      sources: [
        negotiating('Listen'),
        conflict('Listen'),
        handling('Listen'),
        // Marking point 2 credits active listening by name.
        { synopsis: 'synopsis.marking-point.2', part: 'active listening' },
      ],
      description:
        'Let the customer tell it their way, then play back what you heard to check you have it right.',
      soundsLike:
        'So the boiler’s been off since Tuesday, you’ve rung twice and nobody called back. Have I got that right?',
      conflictManagement: true,
    },
    {
      id: 'compromise',
      name: 'Be ready to compromise',
      sources: [negotiating('Be ready for compromise'), conflict('Consider a compromise')],
      description:
        'Look for a middle way that meets the customer’s main need and stays within what you can offer.',
      soundsLike:
        'I can’t refund the whole stay, but I can refund the two nights the room was unusable and the parking. Would that work for you?',
      conflictManagement: true,
    },
    {
      id: 'close-with-confirmation',
      name: 'Close with confirmation',
      sources: [
        negotiating('Close with confirmation'),
        answerStructure('confirm the resolution meets customer expectations'),
      ],
      description:
        'Sum up what was agreed, who does what and by when, and check it meets the customer’s expectations.',
      soundsLike:
        'So, to confirm: a full refund to your card, and I’ll email the reference this afternoon. Does that put things right for you?',
      conflictManagement: false,
    },
    {
      id: 'be-assertive-not-aggressive',
      name: 'Be assertive, not aggressive',
      sources: [conflict('Be assertive – not aggressive')],
      description:
        'Say plainly and politely what you can and cannot do, without blaming, arguing or raising your voice.',
      soundsLike:
        'I can’t change the bill while we’re on the phone, but I can raise a correction today and ring you by Friday with the result.',
      conflictManagement: true,
    },
    {
      id: 'remain-calm',
      name: 'Remain calm',
      sources: [conflict('Remain calm'), handling('Remain calm')],
      description:
        'Keep your voice low and steady and do not take the anger personally: your calm helps theirs.',
      soundsLike: 'I can hear how frustrating this has been. Let’s take it one step at a time.',
      conflictManagement: true,
    },
    {
      id: 'show-understanding',
      name: 'Show understanding and seek a solution',
      sources: [conflict('Show understanding and be prepared to seek a solution')],
      description: 'Show you see the problem from their side, then move on to putting it right.',
      soundsLike:
        'Three weeks without a washing machine with two little ones: I’d be fed up too. Let’s get an engineer booked.',
      conflictManagement: true,
    },
    {
      id: 'involve-others',
      name: 'Involve others when you need to',
      sources: [
        conflict('Recognize when it is not working and when to involve others.'),
        handling('Ask for assistance from others where necessary'),
      ],
      description:
        'Notice when it is not working or is beyond your authority, and bring in the right colleague at the right time.',
      soundsLike:
        'A refund of that size needs my team leader’s sign-off, so I’m going to ask her to join us now. I’ll stay with you while I explain.',
      conflictManagement: true,
    },
    {
      id: 'remain-in-control',
      name: 'Remain in control',
      sources: [handling('Remain in control')],
      description:
        'Keep the conversation on track towards a solution, steering it back politely when it wanders.',
      soundsLike:
        'I do want to come back to that. First, let’s get your heating back on: can you read me the number on the meter?',
      conflictManagement: false,
    },
    {
      id: 'let-angry-customer-speak',
      name: 'Let an angry customer speak',
      sources: [handling('Let them speak without interruption when they are angry')],
      description:
        'When a customer is angry, let them finish without interrupting before you reply.',
      soundsLike:
        'Thank you for telling me all of that. It helps me see exactly what’s gone wrong.',
      conflictManagement: false,
    },
    {
      id: 'ask-questions-when-confused',
      name: 'Ask questions when the customer is confused',
      sources: [
        handling('Ask questions and speak slowly and with concern in tone when they are confused'),
      ],
      description:
        'Slow down, ask simple questions one at a time, and sound concerned rather than impatient.',
      soundsLike:
        'Let’s go through it slowly together. Is the letter you’ve got from us, or from your bank?',
      conflictManagement: false,
    },
    {
      id: 'adapt-communication',
      name: 'Adapt how you communicate',
      sources: [handling('Alter communication to suit the customer')],
      description:
        'Change your words, pace or channel to suit the customer: plain English, more time, a call instead of an email.',
      soundsLike:
        'Would it help if I wrote the next steps down for you, or would you rather I rang you back this afternoon?',
      conflictManagement: false,
    },
    {
      id: 'move-angry-customer-safely',
      name: 'Move an angry customer safely',
      sources: [
        handling(
          'If an angry customer try to move them from other customers but do not allow yourself to be alone with them and out of sight of colleagues',
        ),
      ],
      description:
        'Offer to move an angry customer away from other customers, but stay where colleagues can see you.',
      soundsLike:
        'Shall we step over to the service desk where it’s quieter? My colleague Amira is just there too.',
      conflictManagement: false,
    },
    {
      id: 'acknowledge-feelings',
      name: 'Acknowledge the customer’s feelings',
      sources: [answerStructure('acknowledge the customer’s feelings')],
      description: 'Start by recognising how the customer feels, before facts or fixes.',
      soundsLike:
        'I’m so sorry. Finding the cake damaged on the morning of the party must have been really upsetting.',
      conflictManagement: false,
    },
    {
      id: 'outline-steps',
      name: 'Outline the steps to resolve it',
      sources: [answerStructure('outline the steps to resolve the issue')],
      description:
        'Set out what will happen next, in order, so the customer knows how it will be put right.',
      soundsLike:
        'First I’ll log this, then I’ll ask the warehouse to check the stock, and I’ll ring you by four o’clock with what they find.',
      conflictManagement: false,
    },
  ],
});
