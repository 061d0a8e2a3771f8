import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, MaxLength, MinLength } from 'class-validator';

/** A group of terms an admin adds to the thesaurus (the API and the page /beheer/thesaurus). */
export class CreateThesaurusEntryDto {
  @ApiProperty({
    description: 'Woorden of woordgroepen die bij zoeken als hetzelfde gelden (2 tot 20)',
    example: ['wijkraad', 'bewonersraad', 'buurtraad'],
  })
  @IsArray()
  @ArrayMinSize(2, { message: 'moet minstens twee termen bevatten' })
  @ArrayMaxSize(20, { message: 'mag hoogstens 20 termen bevatten' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'mag geen lege term bevatten' })
  @MaxLength(80, { each: true, message: 'mag per term hoogstens 80 tekens hebben' })
  terms: string[];
}
