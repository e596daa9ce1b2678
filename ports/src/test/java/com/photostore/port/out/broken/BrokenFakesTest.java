package com.photostore.port.out.broken;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Each contract suite, run against a deliberately broken fake, fails: the suites catch real mistakes. */
class BrokenFakesTest {

    @Test
    void userRepositoryThatReportsRefusedCreatesAsDone() {
        assertCaught(BrokenSuites.LyingUserRepository.class, "aTakenUsernameIsRefusedAndChangesNothing",
                "ofConcurrentSignUpsWithOneUsernameExactlyOneSucceeds");
    }

    @Test
    void sessionStoreThatDoesNotRevokeOnReuse() {
        assertCaught(BrokenSuites.NonRevokingSessionStore.class, "replayingARotatedTokenRevokesTheSession",
                "aTokenRotatedAwayAHundredRotationsAgoIsStillRecognised");
    }

    @Test
    void rateLimiterThatNeverLimits() {
        assertCaught(BrokenSuites.NeverLimitingRateLimiter.class, "aKeyIsLimitedOnceItHasTheMaximumOfFailures",
                "concurrentFailuresAreEachCounted");
    }

    @Test
    void catalogueThatIgnoresTheSortDirection() {
        assertCaught(BrokenSuites.AscendingOnlyCatalogue.class, "everyOrderPagesThroughTiesWithoutGapOrDuplicate");
    }

    @Test
    void catalogueWhosePagesSkipTies() {
        assertCaught(BrokenSuites.TieSkippingCatalogue.class, "everyOrderPagesThroughTiesWithoutGapOrDuplicate");
    }

    @Test
    void catalogueThatMarksReadyWithoutCondition() {
        assertCaught(BrokenSuites.UnconditionalCatalogue.class, "markReadyOnlyChangesAPendingPhoto",
                "concurrentMarkReadyAppliesExactlyOnce");
    }

    @Test
    void storageThatIgnoresTheReadLimit() {
        assertCaught(BrokenSuites.UnboundedStorage.class, "readAllReadsAnObjectUpToTheLimit");
    }

    @Test
    void queueThatIgnoresAcknowledgements() {
        assertCaught(BrokenSuites.ForgetfulQueue.class, "anAcknowledgedMessageNeverComesBack");
    }

    @Test
    void queueThatIgnoresVisibilityExtensions() {
        assertCaught(BrokenSuites.UnextendableQueue.class, "extendingTheVisibilityKeepsAMessageHidden");
    }

    @Test
    void secretsThatMakeANewKeyEveryTime() {
        assertCaught(BrokenSuites.ShiftingSecrets.class, "aKeyRingStaysTheSameUntilRotated");
    }

    @Test
    void settingsThatIgnoreNumbers() {
        assertCaught(BrokenSuites.NumberBlindSettings.class, "numbersAndDurationsAreParsed");
    }

    @Test
    void hasherWithoutSalt() {
        assertCaught(BrokenSuites.UnsaltedHasher.class, "hashesAreSaltedSoTheyDifferForOnePassword");
    }

    @Test
    void strengthThatIgnoresTheContext() {
        assertCaught(BrokenSuites.ContextBlindStrength.class, "passwordsMadeOfAContextWordAreWeak");
    }

    @Test
    void codecThatIgnoresExpiry() {
        assertCaught(BrokenSuites.EverlastingTokenCodec.class, "anExpiredTokenIsRejected");
    }

    @Test
    void inspectorThatTakesAnyRiffForWebp() {
        assertCaught(BrokenSuites.RiffTrustingInspector.class, "sniffFindsNoTypeInOtherFiles");
    }

    @Test
    void clockThatStandsStill() {
        assertCaught(BrokenSuites.FrozenClock.class, "nowMovesAsTimePasses");
    }

    @Test
    void idGeneratorWithUnorderedPhotoIds() {
        assertCaught(BrokenSuites.UnorderedIds.class, "eachPhotoIdSortsAfterThePreviousOne");
    }

    @Test
    void randomTokensThatAreAllZero() {
        assertCaught(BrokenSuites.ZeroRandomTokens.class, "tokensNeverRepeat", "bitsAndByteValuesAreEvenlySpread");
    }

    private static void assertCaught(Class<?> brokenSuite, String... tests) {
        for (String test : tests) {
            TestExecutionSummary summary = SuiteRun.of(brokenSuite, test);
            assertThat(summary.getTestsFoundCount()).as(test + " runs").isPositive();
            assertThat(summary.getTestsFailedCount()).as(test + " fails against " + brokenSuite.getSimpleName())
                    .isPositive();
            assertThat(summary.getFailures()).as("failures of " + test + " are failed assertions")
                    .allSatisfy(failure -> assertThat(failure.getException()).isInstanceOf(AssertionError.class));
        }
    }
}
