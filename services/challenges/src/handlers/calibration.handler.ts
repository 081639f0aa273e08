import { Controller } from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import { ChallengesRequests, type CalibrationSet } from '@skillproof/contracts';
import { CalibrationService } from '../services/calibration.service';

@Controller()
export class CalibrationHandler {
  constructor(private readonly calibration: CalibrationService) {}

  @MessagePattern(ChallengesRequests.calibrationSets.subject)
  sets(): Promise<CalibrationSet[]> {
    return this.calibration.sets();
  }
}
