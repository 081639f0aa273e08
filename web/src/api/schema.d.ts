// Generated from gateway/openapi.json by `npm run contracts:update`; do not edit.

export interface paths {
    "/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search skills */
        get: operations["SkillsController_list"];
        put?: never;
        /** Add a skill to the catalogue */
        post: operations["SkillsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/skills/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a skill page */
        get: operations["SkillsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a skill */
        patch: operations["SkillsController_update"];
        trace?: never;
    };
    "/v1/careers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search careers */
        get: operations["CareersController_list"];
        put?: never;
        /** Add a career to the catalogue */
        post: operations["CareersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/careers/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a career */
        get: operations["CareersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a career */
        patch: operations["CareersController_update"];
        trace?: never;
    };
    "/v1/career-match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rank careers for your skills and interests */
        post: operations["CareersController_match"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Swap a refresh token for a new session (and a new refresh token) */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out everywhere: every refresh token and access token of yours stops working at once */
        post: operations["AuthController_signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the refresh token and every successor of it stop working */
        post: operations["AuthController_signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get your account */
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit your candidate profile */
        patch: operations["MeController_updateProfile"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company's API keys */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an API key */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/company/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company's members */
        get: operations["CompanyController_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/company/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (not the last one)
         * @description The person keeps their sign-in as a candidate account; their sessions end at once and the API keys they created are revoked.
         */
        delete: operations["CompanyController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/company/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite someone: a one-time code that a new company account registers with */
        post: operations["CompanyController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a user's role
         * @description The user's sessions end at once. Leaving a company revokes the API keys they created (a company keeps one member); a candidate's profile turns private when they take another role.
         */
        patch: operations["AdminUsersController_changeRole"];
        trace?: never;
    };
    "/v1/profiles/{handle}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a public profile */
        get: operations["PublicProfilesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search open jobs */
        get: operations["JobsController_list"];
        put?: never;
        /** Post a job */
        post: operations["JobsController_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a job */
        get: operations["JobsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Open or close a job */
        patch: operations["JobsController_changeStatus"];
        trace?: never;
    };
    "/v1/jobs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a job's applicants */
        get: operations["JobsController_applications"];
        put?: never;
        /** Apply to a job */
        post: operations["JobsController_apply"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move an application along the pipeline */
        patch: operations["ApplicationsController_changeStatus"];
        trace?: never;
    };
    "/v1/me/job-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List jobs that match your verified skills */
        get: operations["ApplicationsController_matches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company's webhook endpoints */
        get: operations["WebhooksController_list"];
        put?: never;
        /** Register a webhook endpoint */
        post: operations["WebhooksController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a webhook endpoint */
        delete: operations["WebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an endpoint's deliveries */
        get: operations["WebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable an endpoint that was disabled for failing */
        post: operations["WebhooksController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (a limited number of times an hour) */
        post: operations["WebhooksController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List published challenges */
        get: operations["ChallengesController_list"];
        put?: never;
        /** Create a draft challenge */
        post: operations["ChallengesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a challenge */
        get: operations["ChallengesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a challenge
         * @description A changed rubric is a new rubric version; a changed rubric or skill list withdraws an approval
         */
        patch: operations["ChallengesController_update"];
        trace?: never;
    };
    "/v1/challenges/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve a company challenge
         * @description Its tested and AI grades then count toward public verified scores
         */
        post: operations["ChallengesController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a challenge */
        post: operations["ChallengesController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a challenge */
        post: operations["ChallengesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/regrades": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-grade a challenge's past submissions
         * @description After a rubric or grader change: every graded submission the trust rules allow gets a new round, behind every candidate's grading; each submission's history keeps both grades. One re-grade runs per challenge at a time
         */
        post: operations["ChallengesController_startRegrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/regrades/{regradeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a re-grade
         * @description Counts grow as grades are recorded; done when none waits
         */
        get: operations["ChallengesController_regrade"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/challenges/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an attempt */
        post: operations["ChallengesController_startAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attempts/{id}/submission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the work of an attempt */
        post: operations["SubmissionsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a submission and its grade */
        get: operations["SubmissionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow a submission's status */
        get: operations["SubmissionsController_events"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a re-grade */
        post: operations["SubmissionsController_regrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/override": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Override a grade */
        post: operations["SubmissionsController_override"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/submissions/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a grade flagged as steering the grader, as it stands */
        post: operations["SubmissionsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quizzes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate a quiz */
        post: operations["QuizzesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/quizzes/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a quiz */
        post: operations["QuizzesController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "submission.graded": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A submission to one of your challenges was graded
         * @description Sent to each of your endpoints subscribed to `submission.graded`. The payload is versioned: `version` changes only for a change that could break a receiver; new fields may appear in any version.
         */
        post: operations["submissionGradedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "application.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A candidate applied to one of your jobs
         * @description Sent to each of your endpoints subscribed to `application.created`. The payload is versioned: `version` changes only for a change that could break a receiver; new fields may appear in any version.
         */
        post: operations["applicationCreatedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "application.status_changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An application to one of your jobs moved along the pipeline
         * @description Sent to each of your endpoints subscribed to `application.status_changed`. The payload is versioned: `version` changes only for a change that could break a receiver; new fields may appear in any version.
         */
        post: operations["applicationStatusChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        SkillSummaryDto: {
            /** @example machine-learning */
            slug: string;
            /** @example Machine Learning */
            name: string;
            category: string;
            tier: number;
            summary: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            tools: string[];
        };
        SkillListDto: {
            items: components["schemas"]["SkillSummaryDto"][];
            nextCursor: string | null;
        };
        FieldErrorDto: {
            /** @example rubric.criteria.0.weight */
            field: string;
            /** @example weight must not be less than 0 */
            message: string;
        };
        ProblemDto: {
            /** @example https://skillproof.dev/problems/validation_failed */
            type: string;
            /** @example Bad request */
            title: string;
            /** @example 400 */
            status: number;
            detail: string;
            instance?: string;
            /** @example validation_failed */
            code: string;
            errors?: components["schemas"]["FieldErrorDto"][];
        };
        SalaryBandDto: {
            /** @example United States */
            region: string;
            /** @example USD */
            currency: string;
            /** @example 130000 */
            junior: number;
            /** @example 200000 */
            mid: number;
            /** @example 300000 */
            senior: number;
        };
        FaqEntryDto: {
            question: string;
            answer: string;
        };
        SkillRefDto: {
            /** @example deep-learning */
            slug: string;
            /** @example Deep Learning */
            name: string;
        };
        CertificationRefDto: {
            /** @example aws-ml-specialty */
            slug: string;
            name: string;
            /** @example Amazon Web Services */
            issuer: string;
        };
        IssuerDto: {
            /** @enum {string} */
            kind: "platform" | "company";
            /**
             * Format: uuid
             * @description Set when a company issued it
             */
            companyId?: string;
            /** @example Skillproof */
            name: string;
        };
        SkillPageChallengeDto: {
            /** Format: uuid */
            id: string;
            title: string;
            skills: string[];
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            timeLimitMinutes: number;
            /** @enum {string} */
            kind: "rubric" | "code";
            companyId: string | null;
            issuer: components["schemas"]["IssuerDto"];
            /** @description Whether its tested and AI grades count toward public verified scores */
            grantsPublicVerification: boolean;
            publishedAt: string;
        };
        SkillPagePositionSalaryDto: {
            min: number;
            max: number;
            /** @example USD */
            currency: string;
        };
        SkillPagePositionSkillDto: {
            /** @example machine-learning */
            skill: string;
            /** @example 70 */
            minScore: number;
        };
        SkillPagePositionDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            location: string;
            remote: boolean;
            salary: components["schemas"]["SkillPagePositionSalaryDto"] | null;
            skills: components["schemas"]["SkillPagePositionSkillDto"][];
            postedAt: string;
        };
        SkillPageDto: {
            /** @example machine-learning */
            slug: string;
            /** @example Machine Learning */
            name: string;
            /** @example AI & Data */
            category: string;
            /** @description 1 core, 2 specialism, 3 niche */
            tier: number;
            summary: string;
            description: string;
            whyItMatters: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            timeToLearn: string;
            salaryImpact: string;
            salaryByRegion: components["schemas"]["SalaryBandDto"][];
            careerPaths: string[];
            tools: string[];
            faq: components["schemas"]["FaqEntryDto"][];
            subTopics: string[];
            relatedSkills: components["schemas"]["SkillRefDto"][];
            certifications: components["schemas"]["CertificationRefDto"][];
            updatedAt: string;
            openChallenges: components["schemas"]["SkillPageChallengeDto"][];
            openPositions: components["schemas"]["SkillPagePositionDto"][];
            /** @description Parts left empty because the service behind them did not answer in time */
            partial: ("openChallenges" | "openPositions")[];
        };
        SalaryBandInputDto: {
            /** @example United States */
            region: string;
            /**
             * @description ISO 4217 code
             * @example USD
             */
            currency: string;
            /** @example 95000 */
            junior: number;
            /** @example 140000 */
            mid: number;
            /** @example 190000 */
            senior: number;
        };
        FaqEntryInputDto: {
            question: string;
            answer: string;
        };
        SkillCreateDto: {
            /** @example feature-engineering */
            slug: string;
            /** @example Feature Engineering */
            name: string;
            /** @example AI & Data */
            category: string;
            /** @description 1 core skill in high demand, 2 specialism, 3 niche or emerging */
            tier: number;
            summary: string;
            description: string;
            whyItMatters: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            /** @example 3–6 months */
            timeToLearn: string;
            /** @example +$15k */
            salaryImpact: string;
            salaryByRegion: components["schemas"]["SalaryBandInputDto"][];
            careerPaths: string[];
            tools: string[];
            faq: components["schemas"]["FaqEntryInputDto"][];
            subTopics: string[];
            /**
             * @example [
             *       "machine-learning"
             *     ]
             */
            relatedSkills: string[];
        };
        SkillDto: {
            /** @example machine-learning */
            slug: string;
            /** @example Machine Learning */
            name: string;
            /** @example AI & Data */
            category: string;
            /** @description 1 core, 2 specialism, 3 niche */
            tier: number;
            summary: string;
            description: string;
            whyItMatters: string;
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            timeToLearn: string;
            salaryImpact: string;
            salaryByRegion: components["schemas"]["SalaryBandDto"][];
            careerPaths: string[];
            tools: string[];
            faq: components["schemas"]["FaqEntryDto"][];
            subTopics: string[];
            relatedSkills: components["schemas"]["SkillRefDto"][];
            certifications: components["schemas"]["CertificationRefDto"][];
            updatedAt: string;
        };
        SkillUpdateDto: {
            /** @example Feature Engineering */
            name?: string;
            /** @example AI & Data */
            category?: string;
            /** @description 1 core skill in high demand, 2 specialism, 3 niche or emerging */
            tier?: number;
            summary?: string;
            description?: string;
            whyItMatters?: string;
            /** @enum {string} */
            difficulty?: "beginner" | "intermediate" | "advanced" | "expert";
            /** @example 3–6 months */
            timeToLearn?: string;
            /** @example +$15k */
            salaryImpact?: string;
            salaryByRegion?: components["schemas"]["SalaryBandInputDto"][];
            careerPaths?: string[];
            tools?: string[];
            faq?: components["schemas"]["FaqEntryInputDto"][];
            subTopics?: string[];
            /**
             * @example [
             *       "machine-learning"
             *     ]
             */
            relatedSkills?: string[];
        };
        SalaryRangeDto: {
            /** @enum {string} */
            level: "junior" | "mid" | "senior" | "lead";
            /** @example USD */
            currency: string;
            /** @example 140000 */
            min: number;
            /** @example 220000 */
            max: number;
        };
        CareerSummaryDto: {
            /** @example ml-engineer */
            slug: string;
            /** @example Machine Learning Engineer */
            role: string;
            summary: string;
            salaryRanges: components["schemas"]["SalaryRangeDto"][];
        };
        CareerListDto: {
            items: components["schemas"]["CareerSummaryDto"][];
            nextCursor: string | null;
        };
        CareerSkillDto: {
            /** @example python */
            slug: string;
            /** @example Python */
            name: string;
            /** @description How central the skill is to the role */
            weight: number;
            /** @description Level at which it stops being a gap */
            level: number;
        };
        IndustryRefDto: {
            /** @example finance */
            slug: string;
            /** @example Finance and fintech */
            name: string;
        };
        CareerDto: {
            /** @example ml-engineer */
            slug: string;
            /** @example Machine Learning Engineer */
            role: string;
            summary: string;
            salaryRanges: components["schemas"]["SalaryRangeDto"][];
            skills: components["schemas"]["CareerSkillDto"][];
            industries: components["schemas"]["IndustryRefDto"][];
            interests: string[];
            updatedAt: string;
        };
        CareerSalaryRangeInputDto: {
            /** @enum {string} */
            level: "junior" | "mid" | "senior" | "lead";
            /**
             * @description ISO 4217 code
             * @example USD
             */
            currency: string;
            /** @example 120000 */
            min: number;
            /** @example 160000 */
            max: number;
        };
        CareerSkillInputDto: {
            /** @example python */
            skill: string;
            /** @description How much the role leans on the skill */
            weight: number;
            /** @description The self-rated level at which the skill stops being a gap */
            level: number;
        };
        CareerCreateDto: {
            /** @example ml-engineer */
            slug: string;
            /** @example Machine Learning Engineer */
            role: string;
            summary: string;
            salaryRanges: components["schemas"]["CareerSalaryRangeInputDto"][];
            skills: components["schemas"]["CareerSkillInputDto"][];
            /**
             * @example [
             *       "finance"
             *     ]
             */
            industries: string[];
            /**
             * @example [
             *       "research",
             *       "production systems"
             *     ]
             */
            interests: string[];
        };
        CareerUpdateDto: {
            /** @example Machine Learning Engineer */
            role?: string;
            summary?: string;
            salaryRanges?: components["schemas"]["CareerSalaryRangeInputDto"][];
            skills?: components["schemas"]["CareerSkillInputDto"][];
            /**
             * @example [
             *       "finance"
             *     ]
             */
            industries?: string[];
            /**
             * @example [
             *       "research",
             *       "production systems"
             *     ]
             */
            interests?: string[];
        };
        SkillRatingInput: {
            /** @example python */
            skill: string;
            /** @example 4 */
            level: number;
        };
        CareerMatchInput: {
            skills: components["schemas"]["SkillRatingInput"][];
            /**
             * @example [
             *       "research",
             *       "healthcare"
             *     ]
             */
            interests?: string[];
        };
        CareerRefDto: {
            /** @example ml-engineer */
            slug: string;
            /** @example Machine Learning Engineer */
            role: string;
            summary: string;
        };
        CareerMatchDto: {
            career: components["schemas"]["CareerRefDto"];
            score: number;
            reasons: string[];
        };
        CareerMatchResultDto: {
            /** @description Best match first */
            matches: components["schemas"]["CareerMatchDto"][];
        };
        RegisterDto: {
            /** @example ada@example.com */
            email: string;
            password: string;
            /** @example Ada Lovelace */
            name: string;
            /** @enum {string} */
            role: "candidate" | "company";
            /** @description Required for a company account without an invitation code: the company it creates */
            companyName?: string;
            /**
             * @description A company invitation's code (role company): the account joins that company instead of creating one
             * @example inv_3q2-7wEJ0kVbHcYF9pLr8sT1uXyZaBdCeFgHiJkLmNo
             */
            invitationCode?: string;
        };
        UserDto: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "candidate" | "company" | "admin";
            /** Format: uuid */
            companyId: string | null;
            createdAt: string;
        };
        AuthSessionDto: {
            /** @description Send as "Authorization: Bearer <accessToken>" */
            accessToken: string;
            /**
             * @description Seconds until the token expires
             * @example 900
             */
            expiresIn: number;
            /** @description Send once to POST /v1/auth/refresh for a new session; a second use revokes the sign-in */
            refreshToken: string;
            user: components["schemas"]["UserDto"];
        };
        LoginDto: {
            /** @example ada@example.com */
            email: string;
            password: string;
        };
        RefreshDto: {
            /** @description A refresh token from sign-in or the last refresh */
            refreshToken: string;
        };
        ReviewerDto: {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            kind: "platform" | "company";
            /** @description The company's name, or the platform's for an admin */
            name: string;
        };
        VerificationEvidenceDto: {
            /**
             * @description How it was earned: tested (hidden tests ran), ai (a configured model graded against the rubric), reviewed (a person changed the grade), practice (the offline heuristic; never counts)
             * @enum {string}
             */
            verification: "tested" | "ai" | "reviewed" | "practice";
            issuer: components["schemas"]["IssuerDto"];
            /** @description Set on reviewed evidence */
            reviewer: components["schemas"]["ReviewerDto"] | null;
            /** @enum {string} */
            standing: "public" | "company" | "practice" | "under_review";
            /** @description Graded attempts the candidate had made at the challenge */
            attempts: number;
            /** @description False for a company's own evidence, shown labelled: it counts for that company alone */
            counts: boolean;
            /** Format: uuid */
            challengeId: string;
            title: string;
            score: number;
            gradedAt: string;
        };
        VerifiedSkillDto: {
            /** @example machine-learning */
            skill: string;
            score: number;
            /** @enum {string} */
            level: "beginner" | "intermediate" | "advanced" | "expert";
            verifiedAt: string;
            evidence: components["schemas"]["VerificationEvidenceDto"][];
        };
        OwnProfileDto: {
            /** @example maya-okafor */
            handle: string;
            name: string;
            headline: string | null;
            location: string | null;
            links: string[];
            verifiedSkills: components["schemas"]["VerifiedSkillDto"][];
            /** @enum {string} */
            visibility: "public" | "private";
        };
        CompanyDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        MeDto: {
            user: components["schemas"]["UserDto"];
            profile: components["schemas"]["OwnProfileDto"] | null;
            company: components["schemas"]["CompanyDto"] | null;
        };
        ProfileUpdateDto: {
            /** @example ada-lovelace */
            handle?: string;
            name?: string;
            headline?: string;
            location?: string;
            links?: string[];
            /** @enum {string} */
            visibility?: "public" | "private";
        };
        ApiKeyCreateDto: {
            /** @example ATS integration */
            name?: string;
        };
        CreatedApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Enough to tell keys apart, not to use one
             * @example sk_live_Ab3dE9
             */
            prefix: string;
            createdAt: string;
            revokedAt: string | null;
            /** @description Send as X-Api-Key. Shown this once; only its hash is stored. */
            key: string;
        };
        ApiKeyDto: {
            /** Format: uuid */
            id: string;
            name: string;
            /**
             * @description Enough to tell keys apart, not to use one
             * @example sk_live_Ab3dE9
             */
            prefix: string;
            createdAt: string;
            revokedAt: string | null;
        };
        CompanyMemberDto: {
            /** Format: uuid */
            userId: string;
            name: string;
            email: string;
            /** @description When the account was made */
            createdAt: string;
        };
        CreatedCompanyInvitationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            companyId: string;
            createdAt: string;
            /** @description After this the code joins nobody */
            expiresAt: string;
            /**
             * @description Register a company account with it as invitationCode. Shown this once; usable once.
             * @example inv_3q2-7wEJ0kVbHcYF9pLr8sT1uXyZaBdCeFgHiJkLmNo
             */
            code: string;
        };
        UserRoleDto: {
            /** @enum {string} */
            role: "candidate" | "company" | "admin";
            /**
             * Format: uuid
             * @description The company a new company member joins; only with that role
             */
            companyId?: string;
        };
        PublicProfileDto: {
            /** @example maya-okafor */
            handle: string;
            name: string;
            headline: string | null;
            location: string | null;
            links: string[];
            verifiedSkills: components["schemas"]["VerifiedSkillDto"][];
        };
        SkillRequirementDto: {
            /** @example machine-learning */
            skill: string;
            /**
             * @description 0 asks for the skill verified at any score
             * @example 75
             */
            minScore: number;
        };
        JobSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            location: string;
            remote: boolean;
            salary: components["schemas"]["SalaryRangeDto"] | null;
            skills: components["schemas"]["SkillRequirementDto"][];
            postedAt: string;
        };
        JobPageDto: {
            items: components["schemas"]["JobSummaryDto"][];
            nextCursor: string | null;
        };
        JobDto: {
            /** Format: uuid */
            id: string;
            title: string;
            /** Format: uuid */
            companyId: string;
            companyName: string;
            location: string;
            remote: boolean;
            salary: components["schemas"]["SalaryRangeDto"] | null;
            skills: components["schemas"]["SkillRequirementDto"][];
            postedAt: string;
            description: string;
            /** Format: uuid */
            challengeId: string | null;
            /** @enum {string} */
            status: "open" | "closed";
            closedAt: string | null;
        };
        SalaryRangeInput: {
            /** @example 90000 */
            min: number;
            /** @example 130000 */
            max: number;
            /** @example USD */
            currency: string;
        };
        SkillRequirementInput: {
            /** @example machine-learning */
            skill: string;
            /**
             * @description Lowest verified score that meets it; 0 asks for the skill verified at any score
             * @example 75
             */
            minScore: number;
        };
        JobCreateInput: {
            /** @example Machine learning engineer */
            title: string;
            description: string;
            /** @example Amsterdam */
            location: string;
            remote: boolean;
            salary?: components["schemas"]["SalaryRangeInput"];
            skills: components["schemas"]["SkillRequirementInput"][];
            /**
             * Format: uuid
             * @description A challenge candidates take as the hiring task
             */
            challengeId?: string;
        };
        JobStatusInput: {
            /** @enum {string} */
            status: "open" | "closed";
        };
        MatchEvidenceDto: {
            /** @example machine-learning */
            skill: string;
            /**
             * @description 0 asks for the skill verified at any score
             * @example 75
             */
            minScore: number;
            /** @description Null when the skill is not verified */
            verifiedScore: number | null;
            met: boolean;
            evidence: components["schemas"]["VerificationEvidenceDto"][];
        };
        ApplicationDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            status: "applied" | "screening" | "interview" | "offer" | "hired" | "rejected";
            matchScore: number;
            evidence: components["schemas"]["MatchEvidenceDto"][];
            createdAt: string;
            updatedAt: string;
        };
        ApplicationPageDto: {
            items: components["schemas"]["ApplicationDto"][];
            nextCursor: string | null;
        };
        ApplicationStatusInput: {
            /** @enum {string} */
            status: "applied" | "screening" | "interview" | "offer" | "hired" | "rejected";
        };
        JobMatchDto: {
            job: components["schemas"]["JobSummaryDto"];
            matchScore: number;
            evidence: components["schemas"]["MatchEvidenceDto"][];
        };
        JobMatchPageDto: {
            items: components["schemas"]["JobMatchDto"][];
            nextCursor: string | null;
        };
        WebhookCreateInput: {
            /** @example https://hooks.example.com/skillproof */
            url: string;
            events: ("submission.graded" | "application.created" | "application.status_changed")[];
        };
        WebhookCreatedDto: {
            /** Format: uuid */
            id: string;
            /** @example https://hooks.example.com/skillproof */
            url: string;
            events: ("submission.graded" | "application.created" | "application.status_changed")[];
            createdAt: string;
            /** @description Set when the endpoint kept failing and was switched off */
            disabledAt: string | null;
            disabledReason: string | null;
            /**
             * @description Signing secret, shown only now
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        WebhookDto: {
            /** Format: uuid */
            id: string;
            /** @example https://hooks.example.com/skillproof */
            url: string;
            events: ("submission.graded" | "application.created" | "application.status_changed")[];
            createdAt: string;
            /** @description Set when the endpoint kept failing and was switched off */
            disabledAt: string | null;
            disabledReason: string | null;
        };
        DeliveryAttemptDto: {
            attemptedAt: string;
            /** @description Null when no answer came */
            statusCode: number | null;
            latencyMs: number;
            succeeded: boolean;
            responseExcerpt: string | null;
            error: string | null;
        };
        DeliveryDto: {
            /**
             * Format: uuid
             * @description Sent as the webhook-id header
             */
            id: string;
            /** @enum {string} */
            eventType: "submission.graded" | "application.created" | "application.status_changed";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attemptCount: number;
            nextAttemptAt: string | null;
            createdAt: string;
            completedAt: string | null;
            attempts: components["schemas"]["DeliveryAttemptDto"][];
        };
        DeliveryPageDto: {
            items: components["schemas"]["DeliveryDto"][];
            nextCursor: string | null;
        };
        ChallengeSummaryDto: {
            /** Format: uuid */
            id: string;
            title: string;
            skills: string[];
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            timeLimitMinutes: number;
            /** @enum {string} */
            kind: "rubric" | "code";
            companyId: string | null;
            issuer: components["schemas"]["IssuerDto"];
            grantsPublicVerification: boolean;
            publishedAt: string;
        };
        ChallengePageDto: {
            items: components["schemas"]["ChallengeSummaryDto"][];
            nextCursor?: string | null;
        };
        RubricCriterionDto: {
            /** @example metric_choice */
            key: string;
            description: string;
            /**
             * @description Weights of a rubric add up to 100
             * @example 35
             */
            weight: number;
        };
        RubricDto: {
            /** @example 1 */
            version: number;
            criteria: components["schemas"]["RubricCriterionDto"][];
        };
        CodeTestDto: {
            name: string;
            args: unknown[];
            /** @description Any JSON value */
            expected: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            weight: number;
            /** @description Only the owning company and admins see hidden tests */
            hidden: boolean;
        };
        SqlSetupDto: {
            schema: string;
        };
        CodeScoringDto: {
            /**
             * @description The tests' share of the score, in percent
             * @example 80
             */
            tests: number;
            /**
             * @description The AI review's share, by the challenge's rubric, when a model is configured
             * @example 20
             */
            review: number;
        };
        ChallengeCodeDto: {
            /** @enum {string} */
            language: "python" | "javascript" | "typescript" | "sql";
            entrypoint: string;
            starterCode: string;
            /** @description Visible tests; hidden ones too for the owning company and admins */
            tests: components["schemas"]["CodeTestDto"][];
            /** @description How many tests are hidden */
            hiddenTestCount: number;
            timeLimitMs: number;
            memoryLimitMb: number;
            /** @description For the owning company and admins only */
            referenceSolution?: string;
            sql?: components["schemas"]["SqlSetupDto"];
            /** @description How the score splits between the tests and the AI review */
            scoring: components["schemas"]["CodeScoringDto"];
        };
        ChallengeApprovalDto: {
            /**
             * Format: uuid
             * @description The admin who approved
             */
            approvedBy: string;
            approvedAt: string;
            reason: string;
        };
        ChallengeDto: {
            /** Format: uuid */
            id: string;
            title: string;
            brief: string;
            /**
             * @example [
             *       "machine-learning"
             *     ]
             */
            skills: string[];
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            /** @example 45 */
            timeLimitMinutes: number;
            /** @enum {string} */
            status: "draft" | "published" | "archived";
            /** @enum {string} */
            kind: "rubric" | "code";
            rubric: components["schemas"]["RubricDto"];
            /** @description Code challenges only */
            code: components["schemas"]["ChallengeCodeDto"] | null;
            companyId: string | null;
            issuer: components["schemas"]["IssuerDto"];
            /** @description An admin's approval, withdrawn when the rubric or skills change */
            approval: components["schemas"]["ChallengeApprovalDto"] | null;
            /** @description Whether its tested and AI grades count toward public verified scores */
            grantsPublicVerification: boolean;
            /**
             * @description Days between graded attempts of one candidate
             * @example 30
             */
            cooldownDays: number;
            /** @description Owners only: graded submissions whose grade an older rubric made; a bulk re-grade (POST /v1/challenges/{id}/regrades) would grade them again. Editing the rubric never starts one */
            outdatedGrades?: number;
            createdAt: string;
            publishedAt: string | null;
            archivedAt: string | null;
        };
        RubricCriterionInputDto: {
            /** @example metric_choice */
            key: string;
            /** @example Chooses a metric suited to rare positives and justifies it. */
            description: string;
            /** @example 40 */
            weight: number;
        };
        RubricInputDto: {
            /** @description Weights must add up to 100 */
            criteria: components["schemas"]["RubricCriterionInputDto"][];
        };
        CodeTestInputDto: {
            /** @example balanced classes */
            name: string;
            /**
             * @description The entry point's arguments
             * @example [
             *       [
             *         [
             *           5,
             *           1
             *         ],
             *         [
             *           2,
             *           4
             *         ]
             *       ]
             *     ]
             */
            args: unknown[];
            /**
             * @description The JSON value the entry point must return
             * @example {
             *       "precision": 0.8
             *     }
             */
            expected: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            /** @description Weights of the tests add up to 100 */
            weight: number;
            /** @description Hidden tests never show their arguments or expected value to candidates */
            hidden: boolean;
        };
        SqlSetupInputDto: {
            /** @description The schema every test's data and the candidate's query run on */
            schema: string;
        };
        CodeScoringInputDto: {
            /**
             * @description The tests' share of the score, in percent
             * @example 80
             */
            tests: number;
            /**
             * @description The AI review's share, by the challenge's rubric; above 0 exactly when there is a rubric
             * @example 20
             */
            review: number;
        };
        CodeChallengeInputDto: {
            /** @enum {string} */
            language: "python" | "javascript" | "typescript" | "sql";
            /**
             * @description The function the tests call
             * @example classification_metrics
             */
            entrypoint: string;
            starterCode: string;
            /** @description Must pass every test before the challenge can be published */
            referenceSolution: string;
            tests: components["schemas"]["CodeTestInputDto"][];
            /** @description Per test; 2000 when not given */
            timeLimitMs?: number;
            /** @description 128 when not given */
            memoryLimitMb?: number;
            /** @description SQL challenges only */
            sql?: components["schemas"]["SqlSetupInputDto"];
            /** @description How the score splits between tests and an AI review of the code (when a model is configured); the two add up to 100; tests 100 when not given */
            scoring?: components["schemas"]["CodeScoringInputDto"];
        };
        ChallengeCreateDto: {
            title: string;
            brief: string;
            /**
             * @example [
             *       "machine-learning"
             *     ]
             */
            skills: string[];
            /** @enum {string} */
            difficulty: "beginner" | "intermediate" | "advanced" | "expert";
            /** @example 45 */
            timeLimitMinutes: number;
            /**
             * @description "rubric" when not given
             * @enum {string}
             */
            kind?: "rubric" | "code";
            /** @description Required for rubric challenges; for code ones, the criteria of the AI review of quality, given exactly when code.scoring.review is above 0 */
            rubric?: components["schemas"]["RubricInputDto"];
            /** @description Required for code challenges */
            code?: components["schemas"]["CodeChallengeInputDto"];
            /** @description Days a candidate waits between graded attempts; 30 when not given */
            cooldownDays?: number;
        };
        ChallengeUpdateDto: {
            brief?: string;
            /** @description Changing the skills withdraws an approval */
            skills?: string[];
            /** @description A new rubric version; withdraws an approval */
            rubric?: components["schemas"]["RubricInputDto"];
            cooldownDays?: number;
        };
        ReasonDto: {
            reason: string;
        };
        RegradeStartDto: {
            /**
             * @description Why past submissions are graded again
             * @enum {string}
             */
            reason: "rubric_changed" | "grader_version_changed" | "manual";
        };
        RegradeDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            challengeId: string;
            /** @enum {string} */
            reason: "rubric_changed" | "grader_version_changed" | "manual";
            /** @description The admin or company member who started it */
            requestedBy: string;
            requestedAt: string;
            /** @description Submissions graded again, each as a new round; their history keeps both grades */
            total: number;
            /** @description Graded submissions left as they were: grades a person set, and public evidence while the challenge does not grant public verification */
            kept: number;
            graded: number;
            failed: number;
            /** @description Still queued or being graded */
            waiting: number;
            /** @enum {string} */
            state: "running" | "done";
            /**
             * @description Where to follow it
             * @example /v1/challenges/{id}/regrades/{regradeId}
             */
            progressUrl: string;
        };
        AttemptDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            challengeId: string;
            startedAt: string;
            /** @description Submissions after this moment are refused */
            deadline: string;
        };
        SubmissionCreateDto: {
            /** @description The work, as text (Markdown welcome) */
            content: string;
        };
        SubmissionAcceptedDto: {
            /** Format: uuid */
            submissionId: string;
            /** @enum {string} */
            status: "queued";
        };
        CriterionGradeDto: {
            key: string;
            score: number;
            feedback: string;
        };
        TokenUsageDto: {
            prompt: number;
            completion: number;
        };
        GradeHistoryEntryDto: {
            /** @enum {string} */
            kind: "graded" | "failed" | "regrade_requested" | "bulk_regrade_requested" | "overridden" | "accepted";
            round: number;
            score: number | null;
            grader: string | null;
            graderVersion: string | null;
            rubricVersion: number;
            actorId: string | null;
            reason: string | null;
            at: string;
        };
        CodeTestResultDto: {
            name: string;
            hidden: boolean;
            /** @description The test's share of the score */
            weight: number;
            /** @enum {string} */
            status: "passed" | "failed" | "error" | "timeout" | "memory";
            timeMs: number;
            /** @description Visible tests only */
            expected?: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            /** @description Visible tests only: what the code returned */
            actual?: {
                [key: string]: unknown;
            } | unknown[] | string | number | boolean | null;
            /** @description Visible tests only: why it failed */
            message?: string;
        };
        CodeGradeScoringDto: {
            /** @description The split the challenge states */
            stated: components["schemas"]["CodeScoringDto"];
            /** @description The split that made this score: the stated one, or tests 100 when no AI review counted */
            applied: components["schemas"]["CodeScoringDto"];
            /** @description Weighted share of passed tests, 0–100 */
            testsScore: number;
            /** @description The AI review's 0–100 as counted */
            reviewScore: number | null;
            /**
             * @description How the score was computed
             * @example Tests 80% × 60 + AI review 20% × 75 = 63
             */
            note: string;
        };
        CodeAiReviewDto: {
            /**
             * @description reviewed: counted at its weight; no_model: no model is configured, so the tests made the score; failed: the model gave no usable review, so the tests made the score
             * @enum {string}
             */
            outcome: "reviewed" | "no_model" | "failed";
            /** @description 0–100 over the rubric as counted; the per-criterion grades are the submission's criteria */
            score: number | null;
            feedback: string | null;
            grader: string | null;
            graderVersion: string | null;
            model: string | null;
            /** @description The code addressed its reviewer: the review counted no higher than the tests' score, and the grade is flagged */
            held: boolean;
            /** @description Why the review did not count */
            reason: string | null;
        };
        SubmissionDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            attemptId: string;
            /** Format: uuid */
            challengeId: string;
            candidateId: string;
            /** @enum {string} */
            status: "queued" | "grading" | "graded" | "failed";
            /** @description 1, or 2 after the re-grade */
            round: number;
            score: number | null;
            /** @description The rubric's criteria; for code, the AI review's */
            criteria: components["schemas"]["CriterionGradeDto"][];
            feedback: string | null;
            /** @enum {string|null} */
            grader: "openai" | "heuristic" | "sandbox" | "human" | null;
            graderVersion: string | null;
            model: string | null;
            rubricVersion: number;
            tokens: components["schemas"]["TokenUsageDto"] | null;
            costUsd: number | null;
            /**
             * @description Signs the work tried to steer the grader
             * @example [
             *       "prompt_injection"
             *     ]
             */
            flags: string[];
            failureReason: string | null;
            submittedAt: string;
            gradedAt: string | null;
            regradeAvailable: boolean;
            history: components["schemas"]["GradeHistoryEntryDto"][];
            /**
             * @description How it was earned: tested (hidden tests ran), ai (a configured model graded against the rubric), reviewed (a person changed the grade), practice (the offline heuristic; never counts); null until graded
             * @enum {string|null}
             */
            verification: "tested" | "ai" | "reviewed" | "practice" | null;
            issuer: components["schemas"]["IssuerDto"];
            /** @description Who changed or accepted the grade */
            reviewer: components["schemas"]["ReviewerDto"] | null;
            /**
             * @description Whom the grade counts for: public, company (the owning company alone), practice (nobody), under_review (flagged as steering the grader; counts once the owner or an admin accepts or changes it)
             * @enum {string|null}
             */
            standing: "public" | "company" | "practice" | "under_review" | null;
            /** @description The candidate's graded attempts at this challenge */
            attempts: number;
            /** @description Code challenges, once graded: every test */
            tests?: components["schemas"]["CodeTestResultDto"][];
            /** @description Code challenges, once graded: how the score was made from the tests and the AI review */
            scoring?: components["schemas"]["CodeGradeScoringDto"];
            /** @description Code challenges with a review weight, once graded: the AI review of the code, or why it did not count */
            aiReview?: components["schemas"]["CodeAiReviewDto"];
        };
        GradeOverrideDto: {
            score: number;
            reason: string;
        };
        QuizCreateDto: {
            /** @example machine-learning */
            skill: string;
            /**
             * @default beginner
             * @enum {string}
             */
            level: "beginner" | "intermediate" | "advanced" | "expert";
            /** @default 5 */
            questionCount: number;
        };
        QuizChoiceDto: {
            /** @example b */
            id: string;
            text: string;
        };
        QuizQuestionDto: {
            /** @example q1 */
            id: string;
            prompt: string;
            choices: components["schemas"]["QuizChoiceDto"][];
        };
        QuizDto: {
            /** Format: uuid */
            id: string;
            skill: string;
            /** @enum {string} */
            level: "beginner" | "intermediate" | "advanced" | "expert";
            /** @enum {string} */
            source: "openai" | "question-bank";
            questions: components["schemas"]["QuizQuestionDto"][];
        };
        QuizAnswerDto: {
            /** @example q1 */
            questionId: string;
            /**
             * @description A choice id
             * @example b
             */
            choice: string;
        };
        QuizAnswersDto: {
            answers: components["schemas"]["QuizAnswerDto"][];
        };
        QuizQuestionResultDto: {
            questionId: string;
            correct: boolean;
            correctChoice: string;
            explanation: string;
        };
        QuizResultDto: {
            /** Format: uuid */
            quizId: string;
            score: number;
            results: components["schemas"]["QuizQuestionResultDto"][];
        };
        SubmissionGradedWebhookData: {
            /** Format: uuid */
            submissionId: string;
            /** Format: uuid */
            challengeId: string;
            /** @example Pick a metric for a fraud model */
            challengeTitle: string;
            /**
             * @description Catalogue slugs
             * @example [
             *       "machine-learning"
             *     ]
             */
            skills: string[];
            /** Format: uuid */
            candidateId: string;
            /** Format: uuid */
            companyId: string;
            /** @description 1 for the first grading, 2 after a re-grade */
            round: number;
            /** @description Weighted over the criteria */
            score: number;
            criteria: components["schemas"]["CriterionGradeDto"][];
            feedback: string;
            /** @enum {string} */
            grader: "openai" | "heuristic" | "sandbox";
            /** @example gpt-4o-mini */
            model: string | null;
            /**
             * @description How it was earned: tested (hidden tests ran), ai (a configured model graded against the rubric), reviewed (a person changed the grade), practice (the offline heuristic; never counts)
             * @enum {string}
             */
            verification: "tested" | "ai" | "reviewed" | "practice";
            /** @description The platform (its own or an approved challenge) or the company */
            issuer: components["schemas"]["IssuerDto"];
            /**
             * @description Whom the grade counts for: public, company (your own unapproved challenge), practice (nobody), under_review (flagged as steering the grader; accept or change it to make it count)
             * @enum {string}
             */
            standing: "public" | "company" | "practice" | "under_review";
            /** @description The version of the challenge's rubric it was graded under */
            rubricVersion: number;
            /** Format: date-time */
            gradedAt: string;
        };
        SubmissionGradedWebhook: {
            /** @enum {string} */
            type: "submission.graded";
            /** @enum {integer} */
            version: 1;
            /**
             * Format: date-time
             * @description When the grade was given
             */
            timestamp: string;
            data: components["schemas"]["SubmissionGradedWebhookData"];
        };
        ApplicationCreatedWebhookData: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            candidateId: string;
            /** @description How well the candidate's verified skills meet the job's */
            matchScore: number;
            /** Format: date-time */
            createdAt: string;
        };
        ApplicationCreatedWebhook: {
            /** @enum {string} */
            type: "application.created";
            /** @enum {integer} */
            version: 1;
            /**
             * Format: date-time
             * @description When the candidate applied
             */
            timestamp: string;
            data: components["schemas"]["ApplicationCreatedWebhookData"];
        };
        ApplicationStatusChangedWebhookData: {
            /** Format: uuid */
            applicationId: string;
            /** Format: uuid */
            jobId: string;
            /** Format: uuid */
            companyId: string;
            /** Format: uuid */
            candidateId: string;
            /** @enum {string} */
            previousStatus: "applied" | "screening" | "interview" | "offer" | "hired" | "rejected";
            /** @enum {string} */
            status: "applied" | "screening" | "interview" | "offer" | "hired" | "rejected";
            /** Format: date-time */
            changedAt: string;
        };
        ApplicationStatusChangedWebhook: {
            /** @enum {string} */
            type: "application.status_changed";
            /** @enum {integer} */
            version: 1;
            /**
             * Format: date-time
             * @description When the status changed
             */
            timestamp: string;
            data: components["schemas"]["ApplicationStatusChangedWebhookData"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    SkillsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Words to look for in names, summaries and tools; typos are tolerated */
                q?: string;
                category?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Skills, best match first when `q` is given (typo tolerant) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillListDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SkillsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SkillsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole skill page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillPageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SkillsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SkillDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareersController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Words to look for in roles, summaries and interests; typos are tolerated */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Careers, best match first when `q` is given (typo tolerant) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerListDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareerCreateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Role, summary, salary ranges and skills with weights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareerUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CareersController_match: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CareerMatchInput"];
            };
        };
        responses: {
            /** @description Every career ranked for the given skills and interests */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CareerMatchResultDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description The new account, signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthSessionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out on every device */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description Signed out; access tokens already handed out expire on their own */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller, with their profile or company */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OwnProfileDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company's keys, newest first, without the keys themselves */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApiKeyCreateDto"];
            };
        };
        responses: {
            /** @description The new key, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKeyDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key, now revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompanyController_members: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Members, longest-standing account first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyMemberDto"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompanyController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompanyController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedCompanyInvitationDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AdminUsersController_changeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserRoleDto"];
            };
        };
        responses: {
            /** @description The user with their new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    PublicProfilesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                handle: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A public profile with its verified skills */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProfileDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                /** @description Only jobs that require this skill */
                skill?: string;
                /** @description Words of the title, description or location */
                q?: string;
                remote?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open jobs, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobPageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobCreateInput"];
            };
        };
        responses: {
            /** @description The job, open */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["JobStatusInput"];
            };
        };
        responses: {
            /** @description Opens or closes the job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_applications: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applicants, best match first, with the evidence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    JobsController_apply: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, with its match score */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationStatusInput"];
            };
        };
        responses: {
            /** @description Moves the applicant one step along the pipeline */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ApplicationsController_matches: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open jobs ranked for the caller's verified skills */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobMatchPageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"][];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreateInput"];
            };
        };
        responses: {
            /** @description The endpoint with its signing secret, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookCreatedDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint and its delivery log are gone */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries, newest first, each with every attempt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint, receiving events again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    WebhooksController_retry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued to be sent again now */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_list: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from the previous page */
                cursor?: string;
                skill?: string;
                difficulty?: "beginner" | "intermediate" | "advanced" | "expert";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published challenges, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengePageDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeCreateDto"];
            };
        };
        responses: {
            /** @description The challenge, as a draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The challenge with its public rubric */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChallengeUpdateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChallengeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_startRegrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegradeStartDto"];
            };
        };
        responses: {
            /** @description Started; follow it at progressUrl */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegradeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_regrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                regradeId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegradeDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ChallengesController_startAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attempt; its deadline has started. Inside the cooldown: 409 naming when the next attempt opens */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionCreateDto"];
            };
        };
        responses: {
            /** @description Stored and queued for grading */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionAcceptedDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unprocessable request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For its candidate and the company that owns the challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_events: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-sent `status` events: the current state, then each change, up to graded or failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_regrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again; one re-grade per submission */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_override: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GradeOverrideDto"];
            };
        };
        responses: {
            /** @description The grade replaced by a human, with the reason kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SubmissionsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description The grade now counts; the reviewer and reason are kept */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuizzesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizCreateDto"];
            };
        };
        responses: {
            /** @description A new quiz; anonymous or signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Server error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    QuizzesController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizAnswersDto"];
            };
        };
        responses: {
            /** @description The score, with the right answer and why, per question */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuizResultDto"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many requests */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Gateway timeout */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    submissionGradedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id. It stays the same on every retry, so a receiver can drop a repeat. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse one far from your clock to stop replays. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the base64 part of the endpoint secret after `whsec_`, per Standard Webhooks: any of its libraries verifies it. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmissionGradedWebhook"];
            };
        };
        responses: {
            /** @description Received. Answer within 5 s (the default timeout); the start of the body is logged. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    applicationCreatedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id. It stays the same on every retry, so a receiver can drop a repeat. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse one far from your clock to stop replays. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the base64 part of the endpoint secret after `whsec_`, per Standard Webhooks: any of its libraries verifies it. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationCreatedWebhook"];
            };
        };
        responses: {
            /** @description Received. Answer within 5 s (the default timeout); the start of the body is logged. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    applicationStatusChangedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The delivery id. It stays the same on every retry, so a receiver can drop a repeat. */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed; refuse one far from your clock to stop replays. */
                "webhook-timestamp": string;
                /** @description `v1,` and the base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` keyed with the base64 part of the endpoint secret after `whsec_`, per Standard Webhooks: any of its libraries verifies it. */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationStatusChangedWebhook"];
            };
        };
        responses: {
            /** @description Received. Answer within 5 s (the default timeout); the start of the body is logged. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A failure, like a timeout or a redirect: retried with growing delays for 3 days by default, and an endpoint that keeps failing for 5 days is disabled. Every attempt is in the delivery log. */
            "5XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
