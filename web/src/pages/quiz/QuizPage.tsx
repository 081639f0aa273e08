import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Level, Quiz, QuizResult } from '../../api/types';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Score } from '../../components/Score';
import { SelectField } from '../../components/Field';
import { SkillOptions } from '../../components/SkillOptions';
import { LEVEL_LABEL, LEVELS } from '../../components/format';

const SOURCE = {
  openai: 'Questions written for you by an AI model',
  'question-bank': 'Questions drawn from the Skillproof question bank',
} as const;

export default function QuizPage() {
  const [params] = useSearchParams();
  const [skill, setSkill] = useState(params.get('skill') ?? 'machine-learning');
  const [level, setLevel] = useState<Level>('beginner');
  const [count, setCount] = useState(5);
  const create = api.useMutation('post', '/v1/quizzes');

  const onCreate = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ body: { skill, level, questionCount: count } });
  };

  return (
    <>
      <title>Quiz · Skillproof</title>
      <header className="page-head">
        <h1>Learn with a quiz</h1>
        <p className="lede">
          Ask for a quiz on any skill, answer it, and get your score with an explanation for each question.
        </p>
      </header>
      <form className="filters" onSubmit={onCreate} aria-label="Ask for a quiz">
        <SelectField
          label="Skill"
          name="skill"
          value={skill}
          onChange={(event) => setSkill(event.target.value)}
          error={create.error}
        >
          <SkillOptions current={skill} />
        </SelectField>
        <SelectField
          label="Level"
          name="level"
          value={level}
          onChange={(event) => setLevel(event.target.value as Level)}
          error={create.error}
        >
          {LEVELS.map((option) => (
            <option key={option} value={option}>
              {LEVEL_LABEL[option]}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Questions"
          name="questionCount"
          value={count}
          onChange={(event) => setCount(Number(event.target.value))}
          error={create.error}
        >
          {[3, 5, 10, 15].map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? 'Preparing your quiz…' : create.data ? 'New quiz' : 'Start the quiz'}
          </button>
        </div>
      </form>
      {create.isError && <ProblemMessage error={create.error} />}
      {create.data && <QuizForm key={create.data.id} quiz={create.data} />}
    </>
  );
}

function QuizForm({ quiz }: { quiz: Quiz }) {
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const answer = api.useMutation('post', '/v1/quizzes/{id}/answers');
  const result = answer.data;
  const complete = quiz.questions.every((question) => answers[question.id]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate({
      params: { path: { id: quiz.id } },
      body: { answers: Object.entries(answers).map(([questionId, choice]) => ({ questionId, choice })) },
    });
  };

  return (
    <section aria-labelledby="quiz" className="stack">
      <h2 id="quiz">
        {LEVEL_LABEL[quiz.level]} quiz: {quiz.questions.length} questions
      </h2>
      <p className="muted">{SOURCE[quiz.source]}.</p>
      {result && <QuizScore result={result} />}
      <form onSubmit={onSubmit} className="stack">
        {quiz.questions.map((question, index) => {
          const outcome = result?.results.find((entry) => entry.questionId === question.id);
          return (
            <fieldset
              key={question.id}
              className={`question${outcome ? (outcome.correct ? ' question-right' : ' question-wrong') : ''}`}
            >
              <legend>
                <span className="question-number">Question {index + 1}.</span> {question.prompt}
              </legend>
              {question.choices.map((choice) => {
                const chosen = answers[question.id] === choice.id;
                const isCorrect = outcome?.correctChoice === choice.id;
                return (
                  <label key={choice.id} className={`choice${isCorrect ? ' choice-correct' : ''}`}>
                    <input
                      type="radio"
                      name={question.id}
                      value={choice.id}
                      checked={chosen}
                      disabled={Boolean(result)}
                      onChange={() => setAnswers({ ...answers, [question.id]: choice.id })}
                    />
                    <span>{choice.text}</span>
                    {isCorrect && <span className="choice-note">correct answer</span>}
                    {outcome && chosen && !outcome.correct && <span className="choice-note">your answer</span>}
                  </label>
                );
              })}
              {outcome && (
                <p className="explanation">
                  <strong>{outcome.correct ? 'Right. ' : 'Not quite. '}</strong>
                  {outcome.explanation}
                </p>
              )}
            </fieldset>
          );
        })}
        {!result && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={!complete || answer.isPending}>
              {answer.isPending ? 'Scoring…' : 'Submit answers'}
            </button>
            {!complete && <span className="muted">Answer every question to submit.</span>}
          </div>
        )}
        {answer.isError && <ProblemMessage error={answer.error} />}
      </form>
    </section>
  );
}

function QuizScore({ result }: { result: QuizResult }) {
  const right = result.results.filter((entry) => entry.correct).length;
  return (
    <div className="grade-head card" role="status">
      <div>
        <h3>Your score</h3>
        <p>
          {right} of {result.results.length} right. Scored against the answer key, not by a model.
        </p>
      </div>
      <Score value={result.score} label="quiz score" size="large" />
    </div>
  );
}
