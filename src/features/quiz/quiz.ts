export interface QuizAnswer {
  readonly key: string;
  readonly right: boolean;
}
